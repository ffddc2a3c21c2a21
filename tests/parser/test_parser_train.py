"""The UD reader of the parser training, and the shipped parser artifact when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimex.parser.train import LABEL_MAP, harmonise, read_conllu

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "parser" / "model"

CONLLU = """# sent_id = t1
# text = Die Stadt zahlte den Opfern Geld.
1\tDie\tder\tDET\tART\tCase=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art\t2\tdet\t_\t_
2\tStadt\tStadt\tNOUN\tNN\tCase=Nom|Gender=Fem|Number=Sing\t3\tnsubj\t_\t_
3\tzahlte\tzahlen\tVERB\tVVFIN\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
4\tden\tder\tDET\tART\tCase=Dat|Definite=Def|Number=Plur|PronType=Art\t5\tdet\t_\t_
5\tOpfern\tOpfer\tNOUN\tNN\tCase=Dat|Number=Plur\t3\tiobj\t_\t_
6\tGeld\tGeld\tNOUN\tNN\tCase=Acc|Gender=Neut|Number=Sing\t3\tobj\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t$.\t_\t3\tpunct\t_\t_

"""


def test_read_conllu_keeps_heads_labels_and_only_case_and_number(tmp_path):
    path = tmp_path / "t.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (doc,) = read_conllu(path)
    assert [t.dep_ for t in doc] == ["det", "nsubj", "ROOT", "det", "iobj", "obj", "punct"]
    assert doc[4].head.text == "zahlte"
    doc = harmonise(doc)
    assert str(doc[4].morph) == "Case=Dat|Number=Plur"
    assert str(doc[2].morph) == "Number=Sing"


def test_harmonise_names_each_relation_once(tmp_path):
    path = tmp_path / "t.conllu"
    path.write_text(CONLLU.replace("\tnsubj\t", "\tacl:relcl\t"), encoding="utf-8")
    (doc,) = read_conllu(path)
    assert doc[1].dep_ == "acl:relcl"
    assert harmonise(doc)[1].dep_ == LABEL_MAP["acl:relcl"] == "acl"
    assert doc[4].dep_ == "iobj"  # relations without a second name stay as they are


@pytest.mark.skipif(not MODEL.exists(), reason="parser artifact not built (python -m claimex.parser.train)")
def test_shipped_parser_parses_german():
    from claimex.parser.component import load_parser_model

    nlp = load_parser_model(str(MODEL))
    doc = nlp("Die Regierung zahlte den Familien der Opfer zwei Millionen Euro.")
    assert doc.has_annotation("DEP") and doc.has_annotation("MORPH")
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1
    assert any(t.morph.get("Case") for t in doc)
