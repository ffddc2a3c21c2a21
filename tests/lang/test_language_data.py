"""Language data: generated tables match their CLDR source; every file loads."""

import importlib.util
import json
import re

import pytest

from claimex.lang.de import german, load_table
from tests.conftest import ROOT


def _script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "script,table",
    [
        ("build_currency_table", "currencies_cldr.json"),
        ("build_gazetteer", "gazetteer_cldr.json"),
        ("build_territories", "territories_cldr.json"),
    ],
)
def test_generated_tables_match_cldr(script, table):
    import babel

    pinned = re.search(r"^babel==(\S+)$", (ROOT / "constraints.txt").read_text(encoding="utf-8"), re.M).group(1)
    assert babel.__version__ == pinned, (
        f"babel {babel.__version__} is installed but the CLDR tables are generated with babel {pinned} "
        "(constraints.txt): install with `pip install -c constraints.txt -e '.[test]'`. To move the pin, "
        "change it in scripts/freeze_constraints.sh, run that script, then scripts/build_currency_table.py "
        "and scripts/build_gazetteer.py, and commit constraints.txt and both tables."
    )
    build = _script(script).build
    on_disk = (ROOT / "src/claimex/lang/de/data" / table).read_text(encoding="utf-8")
    assert _script("generated_table").render(build()) == on_disk, (
        f"{table} drifted from CLDR with the pinned babel {pinned}: rerun scripts/{script}.py"
    )


def test_given_name_table_matches_its_sources():
    import faker

    pinned = re.search(r"^faker==(\S+)$", (ROOT / "constraints.txt").read_text(encoding="utf-8"), re.M).group(1)
    assert faker.VERSION == pinned, f"faker {faker.VERSION} is installed, the table was built with {pinned}"
    on_disk = (ROOT / "src/claimex/lang/de/data/given_names.json").read_text(encoding="utf-8")
    assert _script("generated_table").render(_script("build_given_names").build()) == on_disk, (
        "given_names.json drifted from Faker's lists or the corpora it is filtered by: rerun "
        "scripts/build_given_names.py"
    )


@pytest.mark.parametrize(
    "cyrillic,language,german",
    [("Володимир", "uk", "Wolodymyr"), ("Олена", "uk", "Olena"), ("Сергей", "ru", "Sergej"), ("Юрий", "ru", "Juri" + "j")],
)
def test_cyrillic_given_names_take_the_german_transliteration(cyrillic, language, german):
    assert _script("build_given_names").transliterate(cyrillic, language) == german


def test_every_table_is_documented_json():
    for path in (ROOT / "src/claimex/lang/de/data").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert "_doc" in data, f"{path.name} has no _doc"


@pytest.mark.parametrize(
    "name,code",
    [
        ("us-dollar", "USD"),
        ("franken", "CHF"),
        ("nordkoreanische won", "KPW"),
        ("hrywnja", "UAH"),
        ("rubel", "RUB"),
        ("euro", "EUR"),
    ],
)
def test_currency_names(name, code):
    assert german().currency_names.match(name.split(), 0) == (len(name.split()), code)


def test_load_table_names_missing_file():
    with pytest.raises(ValueError, match="E002"):
        load_table("no_such_table.json")
