"""The relation network in torch, for training only (``claimex[train]``); see :mod:`.network`
for the architecture and the numpy forward pass that inference uses.

torch is imported when a network is made, never at module import, so the package imports (and
its doctests run) without torch.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from ..errors import Errors

__all__ = ["make_torch_net"]


def make_torch_net(
    n_buckets: int, embed_dim: int, dense_dim: int, hidden: int, n_types: int, n_categories: int, n_roles: int,
    dropout: float = 0.1,
) -> Any:
    """A new ``TorchRelationNet``: weight names and shapes match :data:`.network.WEIGHT_NAMES`."""
    return _torch_net_class()(n_buckets, embed_dim, dense_dim, hidden, n_types, n_categories, n_roles, dropout)


@lru_cache(maxsize=1)
def _torch_net_class() -> type:
    try:
        import torch
        from torch import nn
    except ImportError as e:
        raise ImportError(Errors.E103.format(packages="torch", reason=e)) from e

    class TorchRelationNet(nn.Module):  # type: ignore[misc]
        def __init__(
            self, n_buckets: int, embed_dim: int, dense_dim: int, hidden: int, n_types: int, n_categories: int, n_roles: int,
            dropout: float = 0.1,
        ):
            super().__init__()
            self.embed = nn.EmbeddingBag(n_buckets, embed_dim, mode="sum")
            nn.init.normal_(self.embed.weight, std=0.02)
            self.amount = nn.Linear(embed_dim + dense_dim, hidden)
            self.claim_type = nn.Linear(hidden, n_types)
            self.category = nn.Linear(hidden, n_categories)
            self.hedged = nn.Linear(hidden, 2)
            self.pair = nn.Linear(embed_dim + 2 * dense_dim + hidden, hidden)
            self.role = nn.Linear(hidden, n_roles)
            self.dropout = nn.Dropout(dropout)

        def forward(self, amount_flat, amount_offsets, amount_vectors, pair_flat, pair_offsets, pair_vectors, pair_amount):  # type: ignore[no-untyped-def]
            xa = self.embed(amount_flat, amount_offsets)
            if amount_vectors.shape[1]:
                xa = torch.cat([xa, amount_vectors], dim=1)
            ha = torch.relu(self.amount(self.dropout(xa)))
            ha_d = self.dropout(ha)
            parts = [self.embed(pair_flat, pair_offsets)]
            if pair_vectors.shape[1]:
                parts.append(pair_vectors)
            parts.append(ha[pair_amount])
            hp = torch.relu(self.pair(self.dropout(torch.cat(parts, dim=1))))
            return self.claim_type(ha_d), self.category(ha_d), self.hedged(ha_d), self.role(self.dropout(hp))

        def numpy_weights(self) -> dict[str, np.ndarray]:
            """The weights under the names :class:`.network.NumpyRelationNet` reads."""
            out = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in self.state_dict().items()}
            out["embed"] = out.pop("embed.weight")
            return out

        def load_numpy_weights(self, weights: dict[str, np.ndarray]) -> None:
            """Continue from saved weights (``--init``)."""
            state = {k: torch.from_numpy(np.asarray(v, dtype=np.float32)) for k, v in weights.items()}
            state["embed.weight"] = state.pop("embed")
            self.load_state_dict(state)

    return TorchRelationNet
