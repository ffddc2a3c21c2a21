"""A user's local Hugging Face encoder (e.g. a German BERT on disk) as the relation model's span
encoder: ``claimex train relations --backbone PATH``.

:class:`HFEncoder` implements the ``SpanEncoder`` protocol of :mod:`.encoders` (``dim`` and
``encode(doc, spans)``). The backbone is frozen: it only gives vectors, the relation model
learns on top of them. A document is tokenized once into sub-words with character offsets; a
document longer than the model's window is read in overlapping windows, and a sub-word seen by
several windows gets the mean of its hidden states there. A span's vector pools the sub-words
that overlap its characters (the nearest sub-word when none does).

Nothing is downloaded: only a local folder with ``config.json`` is accepted, it is read with
``local_files_only=True`` and ``HF_HUB_OFFLINE=1``. torch and transformers are imported on
first use (the ``hf`` extra). The encoder leaves ``torch.set_num_threads`` to the caller.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections import OrderedDict
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Sequence, Union

import numpy as np
from spacy.tokens import Doc

from ..errors import ClaimexError, Errors, UsageError

__all__ = ["HFEncoder", "load_encoder", "model_folder", "fingerprint", "KIND", "POOLINGS"]

#: The ``kind`` of an HF encoder's spec (the piece-vector encoder's is ``"pieces"``).
KIND = "hf"
#: How the sub-words of a span become one vector.
POOLINGS = ("mean", "max", "first")
#: Documents whose sub-word vectors are kept (the relation model encodes a doc's spans in a few calls),
#: and the most bytes they may take (long documents of a 1024-wide model would otherwise add up).
CACHE_DOCS = 16
CACHE_BYTES = 64 * 2**20
#: Weight files whose sizes enter the fingerprint besides config.json (hashing GBs would be slow).
_WEIGHT_FILES = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin")
#: Model types whose position table starts after the padding index (as RoBERTa's does).
_PADDED_POSITIONS = ("roberta", "xlm-roberta", "camembert", "xlm-roberta-xl")
#: "org/name" or "name" as the hub spells model ids: a hint that the user expected a download.
_HUB_NAME = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


def _import_hf() -> tuple[Any, Any]:
    """torch and transformers, or the coded error naming the extra."""
    try:
        import torch
        import transformers
    except ImportError as e:
        raise ImportError(Errors.E120.format(reason=e)) from e
    return torch, transformers


@contextlib.contextmanager
def _offline() -> Iterator[None]:
    """HF_HUB_OFFLINE=1 and TRANSFORMERS_OFFLINE=1 while a model loads; the old values come back after."""
    names = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update({name: "1" for name in names})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def model_folder(path: Union[str, Path]) -> Path:
    """The absolute folder of a local checkpoint (it holds config.json), or the coded error for anything else."""
    text = str(path)
    folder = Path(text).expanduser()
    if not folder.is_dir():
        if not folder.exists() and not text.startswith((".", "/", "~")) and _HUB_NAME.match(text):
            raise UsageError(Errors.E122.format(path=text))
        raise UsageError(Errors.E121.format(path=text))
    if not (folder / "config.json").is_file():
        raise UsageError(Errors.E123.format(path=folder))
    return folder.resolve()


def fingerprint(folder: Union[str, Path]) -> str:
    """A short hash of ``config.json`` and the sizes of the weight files of a checkpoint folder."""
    folder = Path(folder)
    digest = hashlib.sha256((folder / "config.json").read_bytes())
    for name in _WEIGHT_FILES:
        if (folder / name).is_file():
            digest.update(f"{name}:{(folder / name).stat().st_size}".encode())
    return digest.hexdigest()[:16]


class HFEncoder:
    """Span vectors from a local Hugging Face encoder checkpoint (frozen, no gradients).

    path: a folder written by ``save_pretrained`` (config.json, weights, a fast tokenizer).
    max_length: sub-words per window, special tokens included (capped by the model's positions).
    stride: sub-words shared by consecutive windows of a long document (at most a quarter of
    the window when the model's positions cap ``max_length``).
    layers: hidden-state indices to average (0 is the embedding layer, -1 the last layer).
    pooling: ``"mean"``, ``"max"`` or ``"first"`` over the sub-words of a span.
    batch_size: windows per forward pass. device: a torch device name.
    """

    kind = KIND

    def __init__(
        self,
        path: Union[str, Path],
        *,
        max_length: int = 512,
        stride: int = 128,
        layers: Sequence[int] = (-1,),
        pooling: str = "mean",
        batch_size: int = 8,
        device: str = "cpu",
    ):
        self.path = model_folder(path)
        if pooling not in POOLINGS:
            raise UsageError(Errors.E126.format(name="pooling", allowed=" or ".join(POOLINGS), value=pooling))
        if not isinstance(batch_size, int) or batch_size < 1:
            raise UsageError(Errors.E126.format(name="batch_size", allowed="an int of at least 1", value=batch_size))
        torch, transformers = _import_hf()
        self._torch = torch
        with _offline(), _quiet(transformers):
            try:
                tokenizer = transformers.AutoTokenizer.from_pretrained(self.path, local_files_only=True, use_fast=True)
                model = transformers.AutoModel.from_pretrained(self.path, local_files_only=True)
            except (OSError, ValueError, KeyError, ImportError, RuntimeError) as e:
                raise ClaimexError(Errors.E125.format(path=self.path, reason=e)) from e
        if not getattr(tokenizer, "is_fast", False):
            raise ClaimexError(Errors.E124.format(path=self.path))
        self.tokenizer = tokenizer
        self.model = model.float().to(device).eval()
        self.device = device
        self.batch_size = batch_size
        self.pooling = pooling
        config = model.config
        self.model_type = str(getattr(config, "model_type", "unknown"))
        self.dim = int(config.hidden_size)
        n_layers = int(getattr(config, "num_hidden_layers", 0))
        layers = tuple(int(i) for i in layers)
        if not layers or any(not -(n_layers + 1) <= i <= n_layers for i in layers):
            allowed = f"a non-empty list of hidden-state indices from {-(n_layers + 1)} to {n_layers}"
            raise UsageError(Errors.E126.format(name="layers", allowed=allowed, value=list(layers)))
        self.layers = layers
        self._prefix, self._suffix = _special_frame(tokenizer)
        limit = _position_limit(config, tokenizer)
        self.max_length = min(int(max_length), limit) if limit else int(max_length)
        width = self.max_length - len(self._prefix) - len(self._suffix)
        if self.max_length < max_length:  # a model with fewer positions: the overlap shrinks with the window
            stride = min(stride, width // 4)
        if width < 2 or not 0 <= stride < width:
            allowed = f"0 <= stride < {width} (the window's {self.max_length} sub-words less the special tokens)"
            raise UsageError(Errors.E126.format(name="stride", allowed=allowed, value=stride))
        self.stride = int(stride)
        self._width = width
        self._fingerprint = fingerprint(self.path)
        self._cache: OrderedDict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = OrderedDict()

    def spec(self) -> dict[str, Any]:
        """What a saved relation model records of its backbone, checked by :func:`load_encoder`."""
        return {
            "kind": KIND,
            "path": str(self.path),
            "model_type": self.model_type,
            "dim": self.dim,
            "layers": list(self.layers),
            "pooling": self.pooling,
            "max_length": self.max_length,
            "stride": self.stride,
            "fingerprint": self._fingerprint,
        }

    def encode(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """float32 ``(len(spans), dim)``: one vector per ``(start_char, end_char)`` span of ``doc.text``."""
        out = np.zeros((len(spans), self.dim), dtype=np.float32)
        if not len(spans):
            return out
        offsets, vectors = self._doc_vectors(doc)
        if not len(offsets):
            return out
        lo, hi = _subword_ranges(offsets, np.asarray(spans, dtype=np.int64).reshape(-1, 2))
        if self.pooling == "mean":
            sums = np.zeros((len(vectors) + 1, self.dim), dtype=np.float64)
            np.cumsum(vectors, axis=0, out=sums[1:])
            out[:] = (sums[hi] - sums[lo]) / (hi - lo)[:, None]
        elif self.pooling == "max":
            for k in range(len(out)):
                out[k] = vectors[lo[k] : hi[k]].max(axis=0)
        else:
            out[:] = vectors[lo]
        return out

    def token_vectors(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The sub-words of ``text``: character offsets ``(n, 2)`` and vectors ``(n, dim)``, windows merged."""
        encoding = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        ids = list(encoding["input_ids"])
        offsets = np.asarray(encoding["offset_mapping"], dtype=np.int64).reshape(-1, 2)
        total = np.zeros((len(ids), self.dim), dtype=np.float64)
        seen = np.zeros(len(ids), dtype=np.int64)
        windows = self.windows(len(ids))
        for first in range(0, len(windows), self.batch_size):
            batch = windows[first : first + self.batch_size]
            states = self._forward([ids[a:b] for a, b in batch])
            for (a, b), state in zip(batch, states, strict=True):
                total[a:b] += state[len(self._prefix) : len(self._prefix) + b - a]
                seen[a:b] += 1
        vectors = (total / np.maximum(seen, 1)[:, None]).astype(np.float32)
        # sub-words without characters (rare normaliser artefacts) cannot overlap any span
        keep = offsets[:, 1] > offsets[:, 0]
        return offsets[keep], vectors[keep]

    def windows(self, n_tokens: int) -> list[tuple[int, int]]:
        """``[start, end)`` sub-word ranges covering ``n_tokens``, consecutive ones sharing ``stride``."""
        if n_tokens <= 0:
            return []
        step = self._width - self.stride
        spans = [(a, min(a + self._width, n_tokens)) for a in range(0, max(n_tokens - self.stride, 1), step)]
        return spans

    def _forward(self, chunks: list[list[int]]) -> list[np.ndarray]:
        """Hidden states (averaged over the chosen layers) of each chunk framed by the special tokens."""
        torch = self._torch
        rows = [self._prefix + chunk + self._suffix for chunk in chunks]
        width = max(len(r) for r in rows)
        pad = self.tokenizer.pad_token_id or 0
        input_ids = torch.full((len(rows), width), pad, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, row in enumerate(rows):
            input_ids[i, : len(row)] = torch.tensor(row, dtype=torch.long)
            mask[i, : len(row)] = 1
        with torch.no_grad():
            output = self.model(
                input_ids=input_ids.to(self.device), attention_mask=mask.to(self.device), output_hidden_states=True
            )
            hidden = torch.stack([output.hidden_states[i] for i in self.layers]).mean(dim=0)
        states = hidden.float().cpu().numpy()
        return [states[i, : len(row)] for i, row in enumerate(rows)]

    def _doc_vectors(self, doc: Doc) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`token_vectors` of the doc's text, from a small cache keyed by the doc and its text."""
        key = (id(doc), hash(doc.text))
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        result = self.token_vectors(doc.text)
        self._cache[key] = result
        while len(self._cache) > 1 and (
            len(self._cache) > CACHE_DOCS or sum(v.nbytes for _, v in self._cache.values()) > CACHE_BYTES
        ):
            self._cache.popitem(last=False)
        return result


def _subword_ranges(offsets: np.ndarray, spans: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each character span, the sub-words ``[lo, hi)`` whose characters overlap it, or the nearest
    one when none does (a span of whitespace, or of characters the tokenizer drops).

    Sub-words come in text order (their starts and ends never decrease, as with BERT- and
    RoBERTa-style tokenizers), so two binary searches per span find them.
    """
    starts, ends = offsets[:, 0], np.maximum.accumulate(offsets[:, 1])
    lo = np.searchsorted(ends, spans[:, 0], side="right")  # first sub-word ending after the span starts
    hi = np.searchsorted(starts, spans[:, 1], side="left")  # first sub-word starting at or after its end
    empty = hi <= lo
    if empty.any():
        before = np.clip(lo[empty] - 1, 0, len(offsets) - 1)
        after = np.clip(lo[empty], 0, len(offsets) - 1)
        gap_before = np.abs(spans[empty, 0] - ends[before])
        gap_after = np.abs(starts[after] - spans[empty, 1])
        nearest = np.where(gap_before <= gap_after, before, after)
        lo[empty], hi[empty] = nearest, nearest + 1
    return lo, hi


def _special_frame(tokenizer: Any) -> tuple[list[int], list[int]]:
    """The special tokens the model expects before and after a single text ([CLS] ... [SEP], <s> ... </s>)."""
    encoded = tokenizer("a", add_special_tokens=True, return_special_tokens_mask=True)
    ids, special = list(encoded["input_ids"]), list(encoded["special_tokens_mask"])
    content = [i for i, s in enumerate(special) if not s]
    if not content:
        return [], []
    return ids[: content[0]], ids[content[-1] + 1 :]


def _position_limit(config: Any, tokenizer: Any) -> Optional[int]:
    """The longest input the model can take, from its config and tokenizer (None if neither says)."""
    limits = []
    positions = getattr(config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        if getattr(config, "model_type", "") in _PADDED_POSITIONS:
            # RoBERTa-style models count positions from padding_idx + 1 (514 rows for 512 tokens)
            positions -= int(getattr(config, "pad_token_id", 1) or 0) + 1
        limits.append(positions)
    model_max = getattr(tokenizer, "model_max_length", None)
    if isinstance(model_max, int) and 0 < model_max < 1_000_000:
        limits.append(model_max)
    return min(limits) if limits else None


@contextlib.contextmanager
def _quiet(transformers: Any) -> Iterator[None]:
    """transformers' load messages (unused LM-head weights of a checkpoint) only at error level, no progress bars."""
    logging = transformers.utils.logging
    level, bars = logging.get_verbosity(), logging.is_progress_bar_enabled()
    logging.set_verbosity_error()
    logging.disable_progress_bar()
    try:
        yield
    finally:
        logging.set_verbosity(level)
        if bars:
            logging.enable_progress_bar()


def load_encoder(
    spec_or_path: Union[str, Path, Mapping[str, Any]], *, path: Optional[Union[str, Path]] = None, **settings: Any
) -> HFEncoder:
    """An :class:`HFEncoder` for a checkpoint folder, or the one a saved model's spec names.

    With a spec (from :meth:`HFEncoder.spec`), the encoder is rebuilt with the same layers,
    pooling and windows, and must be the same backbone (model type, width, fingerprint), else a
    coded error; ``path`` points to the checkpoint if it has moved since. ``settings`` (e.g.
    ``batch_size``, ``device``) go to :class:`HFEncoder`.
    """
    if not isinstance(spec_or_path, Mapping):
        return HFEncoder(path or spec_or_path, **settings)
    spec = dict(spec_or_path)
    if spec.get("kind", KIND) != KIND or "path" not in spec:
        found = "no Hugging Face encoder spec"
        raise ClaimexError(Errors.E127.format(expected=_describe(spec), path=path or spec.get("path"), found=found))
    folder = Path(path or spec["path"])
    if not folder.exists():
        raise ClaimexError(Errors.E128.format(path=folder))
    for name in ("max_length", "stride", "layers", "pooling"):
        if name in spec:
            settings.setdefault(name, spec[name])
    encoder = HFEncoder(folder, **settings)
    found = encoder.spec()
    differs = [k for k in ("model_type", "dim", "fingerprint") if k in spec and spec[k] != found[k]]
    if differs:
        raise ClaimexError(Errors.E127.format(expected=_describe(spec), path=folder, found=_describe(found)))
    return encoder


def _describe(spec: Mapping[str, Any]) -> str:
    """A short, readable identity of a backbone for error messages."""
    return json.dumps({k: spec.get(k) for k in ("model_type", "dim", "fingerprint")}, sort_keys=True)
