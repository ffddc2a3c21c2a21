"""Training and evaluation documents for the entity recognizer, with one label mapping.

Sources (read where they are, never copied): the claimex corpus train split (all five labels),
GermEval 2014 **test** (dev stays for evaluation) and SmartData v1 **train** (its test is
never used). Label mapping, on top of :mod:`claimex.corpus.readers`:

- GermEval: PER, ORG as they are; LOC is read as GPE (most are countries and cities), then
  refined by the gazetteer: a name the gazetteer lists as LOC becomes LOC.
- SmartData: person -> PER, organization* -> ORG, location-city -> GPE, other location types
  -> LOC, except names the gazetteer lists as GPE ("Deutschland" is a plain ``location``
  there); lowercase "locations" ("deutschen", "beiden Richtungen") are no names and are
  marked *missing*.
- GROUP (people groups: "Menschen", "russische Soldaten") exists only in the claimex corpus.
  In the public corpora, words that head a GROUP span of the claimex train split are marked
  *missing* rather than outside, so those corpora do not teach that such words are
  no entity. GermEval's OTH and derived forms are outside (claimex has no such labels).
"""

from __future__ import annotations

import random
import warnings
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from ..errors import Errors, Warnings
from ..lang.de import load_table
from . import LABELS

__all__ = [
    "Sources",
    "claimex_docs",
    "germeval_docs",
    "smartdata_docs",
    "group_words",
    "to_doc",
    "to_docbin",
    "build_docbins",
]

Document = dict[str, Any]
_ATTRS = ["ORTH", "ENT_IOB", "ENT_TYPE"]


class Sources:
    """Where the corpora are: ``corpus_dir`` (claimex-de) and ``shared_data`` (public corpora)."""

    def __init__(self, corpus_dir: Path = Path("corpora/claimex-de"), shared_data: Path = Path("../shared/data")):
        self.corpus_dir = Path(corpus_dir)
        self.shared_data = Path(shared_data)


def claimex_docs(sources: Sources, split: str) -> list[Document]:
    """Documents of one claimex split (entities with all five labels)."""
    from ..corpus.build import read_jsonl

    path = sources.corpus_dir / f"{split}.jsonl"
    if not path.is_file():
        raise ValueError(Errors.E066.format(name=f"claimex {split}", reason=f"{path} not found"))
    return list(read_jsonl(path))


def _place_labels() -> dict[str, str]:
    cldr = load_table("gazetteer_cldr.json")
    extra = load_table("gazetteer_supplement.json")
    labels = {name: "GPE" for name in list(cldr["GPE"]) + list(extra.get("GPE", ()))}
    labels.update({name: "LOC" for name in extra.get("LOC", ())})
    return labels


def germeval_docs(sources: Sources, part: str, folder: Optional[Path] = None) -> list[Document]:
    """GermEval 2014 sentences of ``part`` ("test" to train, "dev" to evaluate), places refined.

    folder: the GermEval folder when it is not ``shared_data/germeval2014``.
    """
    from ..corpus.readers import read_germeval

    places = _place_labels()
    prefix = f"germeval-{part}-"
    docs = [d for d in read_germeval(folder or sources.shared_data / "germeval2014") if d["id"].startswith(prefix)]
    for d in docs:
        for e in d["entities"]:
            if e["label"] == "GPE" and places.get(e["text"]) == "LOC":
                e["label"] = "LOC"
    return docs


def smartdata_docs(sources: Sources, part: str = "train") -> list[Document]:
    """SmartData v1 documents of ``part``; lowercase locations go to ``missing``."""
    from ..corpus.readers import read_smartdata

    places = _place_labels()
    prefix = f"smartdata-{part}-"
    docs = [d for d in read_smartdata(sources.shared_data / "smartdata-v1") if d["id"].startswith(prefix)]
    for d in docs:
        kept, missing = [], []
        for e in d["entities"]:
            if e["label"] in ("GPE", "LOC") and not e["text"][:1].isupper():
                missing.append(e)
                continue
            if e["label"] == "LOC" and places.get(e["text"]) == "GPE":
                e = dict(e, label="GPE")
            kept.append(e)
        d["entities"], d["missing"] = kept, missing
    return docs


def group_words(docs: Iterable[Document]) -> frozenset[str]:
    """Lowercased head nouns (last word, capitalised) of GROUP spans: unknown, not outside,
    in corpora without GROUP."""
    heads = (e["text"].split()[-1] for d in docs for e in d.get("entities", []) if e["label"] == "GROUP")
    return frozenset(h.lower() for h in heads if h[:1].isupper())


def _spans(doc: Doc, annotations: Iterable[dict[str, Any]], labelled: bool = True) -> list[Span]:
    spans = []
    for a in annotations:
        label = a["label"] if labelled else ""
        span = doc.char_span(a["start"], a["end"], label=label, alignment_mode="expand")
        if span is not None and (not labelled or label in LABELS):
            spans.append(span)
    return spans


def to_doc(nlp: Language, d: Document, unknown_words: frozenset[str] = frozenset()) -> Doc:
    """One document on the claimex tokenizer with ``doc.ents``.

    Tokens outside entities that are in ``unknown_words`` or in the document's ``missing``
    spans get no label at all (missing), not "outside".
    """
    doc = nlp.make_doc(d["text"])
    ents = filter_spans(_spans(doc, d.get("entities", [])))
    inside = {i for e in ents for i in range(e.start, e.end)}
    unknown = {i for s in _spans(doc, d.get("missing", []), labelled=False) for i in range(s.start, s.end)}
    unknown |= {t.i for t in doc if t.lower_ in unknown_words}
    doc.set_ents(ents, missing=[doc[i : i + 1] for i in sorted(unknown - inside)], default="outside")
    return doc


def to_docbin(nlp: Language, docs: Iterable[Document], unknown_words: frozenset[str] = frozenset()) -> DocBin:
    """A ``DocBin`` of :func:`to_doc` documents."""
    out = DocBin(attrs=_ATTRS)
    for d in docs:
        out.add(to_doc(nlp, d, unknown_words))
    return out


def training_documents(sources: Sources, seed: int = 0, own_repeat: int = 1) -> Iterator[tuple[Document, bool]]:
    """(document, is_public) over the training union, shuffled with ``seed``.

    own_repeat: how often each claimex train document occurs; the only corpus with GROUP and
    the closest to the text claimex reads is small beside the public ones.
    """
    own = claimex_docs(sources, "train") * max(1, own_repeat)
    public: list[Document] = []
    readers = (
        ("GermEval 2014 test", lambda: germeval_docs(sources, "test")),
        ("SmartData train", lambda: smartdata_docs(sources, "train")),
    )
    for name, read in readers:
        try:
            public += read()
        except ValueError as e:  # a public corpus that is not there is skipped, and said so
            warnings.warn(Warnings.W002.format(name=name, reason=e), stacklevel=2)
    pairs = [(d, False) for d in own] + [(d, True) for d in public]
    random.Random(seed).shuffle(pairs)
    yield from pairs


def build_docbins(
    nlp: Language,
    sources: Sources,
    out_dir: Path,
    *,
    seed: int = 0,
    dev_germeval: int = 1000,
    own_repeat: int = 1,
    limit: Optional[int] = None,
) -> dict[str, int]:
    """Write ``train.spacy`` (the union) and ``dev.spacy`` (claimex dev and the first
    ``dev_germeval`` GermEval dev sentences, for model selection); returns document counts.
    ``own_repeat``: see :func:`training_documents`; ``limit`` caps both (for tests)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    unknown = group_words(claimex_docs(sources, "train"))
    train = DocBin(attrs=_ATTRS)
    n = 0
    for d, public in training_documents(sources, seed, own_repeat):
        if limit is not None and n >= limit:
            break
        train.add(to_doc(nlp, d, unknown if public else frozenset()))
        n += 1
    dev_docs = claimex_docs(sources, "dev")[:limit]
    if dev_germeval and limit is None:
        try:
            dev_docs += germeval_docs(sources, "dev")[:dev_germeval]
        except ValueError as e:
            warnings.warn(Warnings.W002.format(name="GermEval 2014 dev", reason=e), stacklevel=2)
    train.to_disk(out_dir / "train.spacy")
    to_docbin(nlp, dev_docs).to_disk(out_dir / "dev.spacy")
    return {"train": n, "dev": len(dev_docs)}
