"""Readers that turn the public corpora in ``shared/data`` into claimex documents.

Each reader takes the corpus folder (never a copy inside this repository) and yields
documents of the released shape: ``id``, ``text``, ``meta`` and ``entities`` (labels of
``schema.ENTITY_LABELS``), plus what that corpus has beyond entities:

- GermEval 2014 (CoNLL-like TSV): outer labels only. PER -> PER, ORG -> ORG, LOC -> GPE
  (GermEval does not split places; most of its LOC are countries and cities); OTH and the
  ``deriv``/``part`` subtypes ("nordkoreanische", "Kreml-Chef") are no entities in our scheme
  and are dropped. Tokens are joined by single spaces.
- SmartData v1 (concatenated JSON): person -> PER, organization(-company) -> ORG,
  location-city -> GPE, other location types -> LOC; its Disaster/Accident ``victims``
  arguments become ``candidate_claims`` (casualty, category ``casualties``), its
  Acquisition ``price`` arguments monetary ``value`` candidates.
- UD German (CoNLL-U): ``sentences`` (character spans) and ``tokens`` (span, lemma, upos),
  ten sentences to a document so that boundaries are learnable.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import Errors

__all__ = ["read_germeval", "read_smartdata", "read_ud", "READERS"]

Doc = dict[str, Any]

_GERMEVAL_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "GPE"}
_SMARTDATA_LABELS = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location-city": "GPE",
    "location": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
    "location-route": "LOC",
}


def _require(path: Path, name: str, pattern: str) -> list[Path]:
    files = sorted(Path(path).glob(pattern))
    if not files:
        raise ValueError(Errors.E012.format(name=name, path=path))
    return files


def _germeval_sentence(rows: list[list[str]], doc_id: str) -> Doc:
    text_parts: list[str] = []
    entities: list[dict[str, Any]] = []
    pos = 0
    open_ent: dict[str, Any] | None = None
    for row in rows:
        token, label = row[1], row[2] if len(row) > 2 else "O"
        start = pos
        text_parts.append(token)
        pos += len(token) + 1
        kind = label[2:] if label[:2] in ("B-", "I-") else ""
        mapped = _GERMEVAL_LABELS.get(kind)
        if label.startswith("I-") and open_ent is not None and mapped == open_ent["label"]:
            open_ent["end"] = start + len(token)
            continue
        if open_ent is not None:
            entities.append(open_ent)
            open_ent = None
        if mapped:
            open_ent = {"start": start, "end": start + len(token), "label": mapped}
    if open_ent is not None:
        entities.append(open_ent)
    text = " ".join(text_parts)
    for e in entities:
        e["text"] = text[e["start"] : e["end"]]
    return {"id": doc_id, "text": text, "meta": {"corpus": "germeval2014"}, "entities": entities}


def read_germeval(path: Path) -> Iterator[Doc]:
    """GermEval 2014 NER sentences as documents (see the module docstring)."""
    for file in _require(path, "GermEval 2014", "*.tsv"):
        rows: list[list[str]] = []
        n = 0
        with open(file, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("#"):
                    continue
                if not line.strip():
                    if rows:
                        n += 1
                        yield _germeval_sentence(rows, f"germeval-{file.stem}-{n:05d}")
                        rows = []
                    continue
                rows.append(line.split("\t"))
        if rows:
            yield _germeval_sentence(rows, f"germeval-{file.stem}-{n + 1:05d}")


def _iter_concatenated_json(text: str) -> Iterator[dict[str, Any]]:
    decoder = json.JSONDecoder()
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            return
        obj, i = decoder.raw_decode(text, i)
        yield obj


def _array(value: Any) -> list[Any]:
    return (value or {}).get("array") or []


def read_smartdata(path: Path) -> Iterator[Doc]:
    """DFKI SmartData v1 documents with entities and candidate claims (see the module docstring)."""
    from ..numbers import parse_numeral

    for file in _require(path, "SmartData v1", "*.json.gz"):
        with gzip.open(file, "rt", encoding="utf-8") as f:
            for n, raw in enumerate(_iter_concatenated_json(f.read()), 1):
                text = raw["text"]["string"]
                entities = []
                for c in _array(raw.get("conceptMentions")):
                    label = _SMARTDATA_LABELS.get(c["type"])
                    s, e = c["span"]["start"], c["span"]["end"]
                    if label and text[s:e].strip() == text[s:e]:
                        entities.append({"start": s, "end": e, "text": text[s:e], "label": label})
                candidates = []
                for r in _array(raw.get("relationMentions")):
                    for arg in _array(r.get("args")):
                        role, m = arg["role"], arg["conceptMention"]
                        if role not in ("victims", "price"):
                            continue
                        s, e = m["span"]["start"], m["span"]["end"]
                        value = parse_numeral(text[s:e])
                        candidates.append(
                            {
                                "type": "casualty" if role == "victims" else "monetary",
                                "category": "casualties" if role == "victims" else "value",
                                "text": text[s:e],
                                "start": s,
                                "end": e,
                                "low": None if value is None else float(value),
                                "high": None if value is None else float(value),
                                "relation": r["name"],
                            }
                        )
                yield {
                    "id": f"smartdata-{file.name.split('.')[0]}-{n:05d}",
                    "text": text,
                    "meta": {
                        "corpus": "smartdata-v1",
                        "source": (raw.get("refids") or {}).get("map", {}).get("source"),
                    },
                    "entities": sorted(entities, key=lambda e: e["start"]),
                    "candidate_claims": candidates,
                }


_UdToken = tuple[str, str, str, bool]  # form, lemma, UPOS, space after


def _ud_document(doc_id: str, corpus: str, sentences: list[list[_UdToken]]) -> Doc:
    """Sentences of UD tokens joined into one text, with sentence and token spans."""
    parts: list[str] = []
    spans, tokens = [], []
    pos = 0
    for sentence in sentences:
        if parts:
            parts.append(" ")
            pos += 1
        start = pos
        for i, (form, lemma, upos, space_after) in enumerate(sentence):
            tokens.append({"start": pos, "end": pos + len(form), "lemma": lemma, "pos": upos})
            parts.append(form)
            pos += len(form)
            if space_after and i + 1 < len(sentence):
                parts.append(" ")
                pos += 1
        spans.append({"start": start, "end": pos})
    return {
        "id": doc_id,
        "text": "".join(parts),
        "meta": {"corpus": corpus},
        "sentences": spans,
        "tokens": tokens,
        "entities": [],
    }


def read_ud(path: Path, sentences_per_doc: int = 10) -> Iterator[Doc]:
    """UD German treebanks as documents with sentence spans, lemmas and parts of speech."""
    for file in _require(path, "UD German", "*.conllu"):
        batch: list[list[_UdToken]] = []
        sentence: list[_UdToken] = []
        n = 0
        with open(file, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("#"):
                    continue
                if line:
                    cols = line.split("\t")
                    if "-" not in cols[0] and "." not in cols[0]:  # skip multi-word tokens and empty nodes
                        sentence.append((cols[1], cols[2], cols[3], "SpaceAfter=No" not in cols[9]))
                    continue
                if sentence:
                    batch.append(sentence)
                    sentence = []
                if len(batch) == sentences_per_doc:
                    n += 1
                    yield _ud_document(f"ud-{file.stem}-{n:04d}", file.stem, batch)
                    batch = []
        if sentence:
            batch.append(sentence)
        if batch:
            n += 1
            yield _ud_document(f"ud-{file.stem}-{n:04d}", file.stem, batch)


READERS: dict[str, Callable[[Path], Iterator[Doc]]] = {
    "germeval": read_germeval,
    "smartdata": read_smartdata,
    "ud": read_ud,
}
