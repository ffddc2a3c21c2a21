"""Corpus tooling: authoring resolution, validation, build and split, stats, dataset loading."""

import gzip
import json

import pytest

from claimex.cli import main
from claimex.corpus import load, to_bio, to_docbin
from claimex.corpus.authoring import resolve_document
from claimex.corpus.build import build_corpus, split_of
from claimex.corpus.readers import read_germeval, read_smartdata, read_ud
from claimex.corpus.stats import corpus_stats
from claimex.corpus.validate import validate_document

RAW = {
    "id": "t-1",
    "meta": {"topic": "fire", "region": "ch"},
    "text": "Bern (sda) - Laut Kantonspolizei kamen zwei Menschen ums Leben. In Bern zahlte die Stadt 5 Mio. Franken an die Opfer.",
    "amounts": [
        {
            "text": "zwei",
            "kind": "casualty",
            "low": 2,
            "high": 2,
            "claim": {
                "category": "killed",
                "hedged": False,
                "trigger": "ums Leben",
                "victim": "Menschen",
                "source": "Kantonspolizei",
            },
        },
        {
            "text": "5 Mio. Franken",
            "kind": "money",
            "low": 5000000,
            "high": 5000000,
            "unit": "CHF",
            "claim": {
                "category": "payment",
                "trigger": "zahlte",
                "agent": "Stadt",
                "recipient": "an die [Opfer]",
                "location": "In [Bern] zahlte",
            },
        },
    ],
    "entities": [{"text": "Bern", "label": "GPE"}, {"text": "Kantonspolizei", "label": "ORG"}],
}


def test_resolve_finds_spans_and_nearest_roles():
    doc, problems = resolve_document(RAW)
    assert problems == []
    text = doc["text"]
    for c in doc["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
    money = doc["claims"][1]
    assert money["recipient"]["text"] == "Opfer" and money["location"]["start"] == text.index("In Bern") + 3
    assert [e["start"] for e in doc["entities"] if e["text"] == "Bern"] == [0, text.index("In Bern") + 3]
    assert validate_document(doc) == []


@pytest.mark.parametrize(
    "change,message",
    [
        (lambda r: r["amounts"][0].update(text="drei"), "not found"),
        (lambda r: r["amounts"][0].update(kind="people"), "kind must be"),
        (lambda r: r["amounts"][1].pop("claim"), "needs a claim"),
        (lambda r: r["amounts"][0]["claim"].update(source="Feuerwehr"), "role source"),
        (lambda r: r["entities"].append({"text": "Bern", "label": "CITY"}), "label must be"),
        (lambda r: r["amounts"].reverse(), "after the previous amount"),
    ],
)
def test_resolve_reports_problems(change, message):
    raw = json.loads(json.dumps(RAW))
    change(raw)
    _, problems = resolve_document(raw)
    assert any(message in p for p in problems), problems


@pytest.mark.parametrize(
    "change,message",
    [
        (lambda d: d["claims"][0].update(start=3), "span says"),
        (lambda d: d["claims"][0].update(category="dead"), "category for casualty"),
        (lambda d: d["claims"][1].update(unit="Franken"), "ISO 4217"),
        (lambda d: d["claims"][0].update(low=5, high=2), "greater than high"),
        (lambda d: d["amounts"][1].update(low=7), "its amount says"),
        (lambda d: d["claims"][0].update(unit="people"), "'persons'"),
    ],
)
def test_validate_catches(change, message):
    doc, _ = resolve_document(json.loads(json.dumps(RAW)))
    change(doc)
    assert any(message in p for p in validate_document(doc))


def test_split_is_stable_and_roughly_70_15_15():
    splits = [split_of(f"doc-{i}") for i in range(3000)]
    assert splits == [split_of(f"doc-{i}") for i in range(3000)]
    shares = {s: splits.count(s) / len(splits) for s in ("train", "dev", "test")}
    assert abs(shares["train"] - 0.70) < 0.04 and abs(shares["dev"] - 0.15) < 0.03


def test_build_validate_stats_and_load(tmp_path, capsys):
    raw_dir, out_dir = tmp_path / "raw", tmp_path / "out"
    raw_dir.mkdir()
    out_dir.mkdir()
    docs = [dict(json.loads(json.dumps(RAW)), id=f"t-{i}") for i in range(12)]
    (raw_dir / "a.jsonl").write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    counts, problems = build_corpus(raw_dir, out_dir)
    assert problems == [] and sum(counts.values()) == 12
    assert main(["corpus", "validate", str(out_dir)]) == 0
    assert main(["corpus", "stats", str(out_dir), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert stats["claims"] == 24 and stats["claims_by_category"] == {"casualty/killed": 12, "monetary/payment": 12}
    dataset = load(out_dir)
    assert sum(len(split) for split in dataset.values()) == 12
    assert dataset[next(iter(dataset))][0]["claims"][1]["unit"] == "CHF"


def test_build_refuses_broken_and_duplicate_documents(tmp_path):
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    broken = dict(json.loads(json.dumps(RAW)), id="t-1")
    broken["amounts"][0]["text"] = "elf"
    (raw_dir / "a.jsonl").write_text(
        json.dumps(RAW) + "\n" + json.dumps(RAW) + "\n" + json.dumps(broken), encoding="utf-8"
    )
    counts, problems = build_corpus(raw_dir, tmp_path)
    assert counts == {} and any("duplicate" in p for p in problems) and any("not found" in p for p in problems)
    assert not (tmp_path / "train.jsonl").exists()


def test_validate_command_names_file_line_and_id(tmp_path, capsys):
    doc, _ = resolve_document(json.loads(json.dumps(RAW)))
    doc["claims"][0]["end"] += 1
    (tmp_path / "dev.jsonl").write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["corpus", "validate", str(tmp_path)]) == 1
    assert f"{tmp_path / 'dev.jsonl'}:1: t-1:" in capsys.readouterr().out


def test_stats_count_phenomena():
    doc, _ = resolve_document(json.loads(json.dumps(RAW)))
    stats = corpus_stats([doc])
    assert stats["phenomena"]["number_words"] == 1 and stats["amounts_by_kind"] == {"casualty": 1, "money": 1}


def test_converters_keep_entities():
    doc, _ = resolve_document(json.loads(json.dumps(RAW)))
    bio = to_bio(doc)
    assert bio["tags"][bio["tokens"].index("Kantonspolizei")] == "B-ORG"
    docbin = to_docbin([doc])
    import spacy

    (spacy_doc,) = docbin.get_docs(spacy.blank("de").vocab)
    assert [(e.text, e.label_) for e in spacy_doc.ents] == [("Bern", "GPE"), ("Kantonspolizei", "ORG"), ("Bern", "GPE")]
    assert len(list(spacy_doc.sents)) == 2


def test_load_rejects_missing_corpus(tmp_path):
    with pytest.raises(ValueError, match="E011"):
        load(tmp_path / "nothing")


def test_readers_on_small_files(tmp_path):
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "dev.tsv").write_text(
        "1\tKim\tB-PER\tO\n2\tJong\tI-PER\tO\n3\tUn\tI-PER\tO\n4\tin\tO\tO\n"
        "5\tSeoul\tB-LOC\tO\n6\tnordkoreanische\tB-LOCderiv\tO\n\n",
        encoding="utf-8",
    )
    (g,) = read_germeval(tmp_path / "g")
    assert [(e["text"], e["label"]) for e in g["entities"]] == [("Kim Jong Un", "PER"), ("Seoul", "GPE")]
    (tmp_path / "s").mkdir()
    text = "Beim Unglück in Bern starben 12 Menschen."
    raw = {
        "id": "x",
        "text": {"string": text},
        "refids": None,
        "conceptMentions": {"array": [{"span": {"start": 16, "end": 20}, "type": "location-city"}]},
        "relationMentions": {
            "array": [
                {
                    "name": "Disaster",
                    "args": {
                        "array": [
                            {"role": "victims", "conceptMention": {"span": {"start": 29, "end": 31}, "type": "number"}}
                        ]
                    },
                }
            ]
        },
    }
    with gzip.open(tmp_path / "s" / "train.json.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps(raw, indent=2) + "\n" + json.dumps(raw))
    docs = list(read_smartdata(tmp_path / "s"))
    assert len(docs) == 2 and docs[0]["entities"][0]["label"] == "GPE"
    assert docs[0]["candidate_claims"][0]["low"] == 12.0
    (tmp_path / "u").mkdir()
    (tmp_path / "u" / "x.conllu").write_text(
        "# text = Er kam.\n1\tEr\ter\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tkam\tkommen\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n",
        encoding="utf-8",
    )
    (u,) = read_ud(tmp_path / "u")
    assert u["text"] == "Er kam." and u["tokens"][1]["lemma"] == "kommen" and u["sentences"] == [{"start": 0, "end": 7}]


@pytest.mark.parametrize(
    "reader,folder,minimum",
    [(read_germeval, "germeval2014", 7000), (read_smartdata, "smartdata-v1", 2400), (read_ud, "ud-german", 250)],
)
def test_readers_on_shared_corpora(shared_dir, reader, folder, minimum):
    docs = list(reader(shared_dir / "data" / folder))
    assert len(docs) >= minimum
    for d in docs[:300]:
        for e in d["entities"]:
            assert d["text"][e["start"] : e["end"]] == e["text"]


def test_readers_name_missing_folder(tmp_path):
    with pytest.raises(ValueError, match="E012"):
        list(read_germeval(tmp_path / "none"))


def test_held_out_writers_and_topics_form_test_unseen(tmp_path):
    from claimex.corpus.build import assign_split, held_out_groups

    assert held_out_groups(tmp_path) == {"writers": frozenset(), "topics": frozenset()}
    (tmp_path / "held_out.json").write_text('{"writers": ["wX"], "topics": ["mining"]}', encoding="utf-8")
    groups = held_out_groups(tmp_path)
    doc = {"id": "cx-w1-0001", "meta": {"writer": "w1", "topic": "war"}}
    assert assign_split(doc, groups) == split_of("cx-w1-0001") != "test_unseen"
    assert assign_split({**doc, "meta": {"writer": "wX", "topic": "war"}}, groups) == "test_unseen"
    assert assign_split({**doc, "meta": {"writer": "w1", "topic": "mining"}}, groups) == "test_unseen"
