"""Every notebook in notebooks/ runs from top to bottom without an error (so they never rot), and
is stored with its outputs cleared.

Notebooks run in a kernel of this test's own interpreter (a kernel spec written for the test, so
no other Python installed on the machine is picked up), in the notebooks/ folder, with
``CLAIMEX_NOTEBOOK_QUICK=1`` in the environment: a notebook that trains or reads a large corpus
reads that variable and uses small data (see notebooks/README.md).
"""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK_PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
KERNEL_NAME = "claimex-test"
#: A guard against a hanging cell, not a speed test (notebooks should run in well under a minute).
CELL_TIMEOUT_S = 600

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")


def test_there_are_notebooks():
    assert any(p.name == "quickstart.ipynb" for p in NOTEBOOK_PATHS)


@pytest.fixture(scope="module")
def kernel_dir(tmp_path_factory):
    """A Jupyter data folder with one kernel spec: this interpreter running ipykernel."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "claimex test", "language": "python"}), encoding="utf-8"
    )
    return root


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=[p.name for p in NOTEBOOK_PATHS])
def test_notebook_is_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{path.name}: clear the outputs before committing"


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=[p.name for p in NOTEBOOK_PATHS])
def test_notebook_runs(path, kernel_dir, monkeypatch):
    monkeypatch.setenv("JUPYTER_PATH", str(kernel_dir))
    monkeypatch.setenv("CLAIMEX_NOTEBOOK_QUICK", "1")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name=KERNEL_NAME,
        timeout=CELL_TIMEOUT_S,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()  # raises CellExecutionError, with the cell and its traceback, on any error
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors
