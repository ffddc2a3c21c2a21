"""German static word vectors from the USE v3 piece table (see :mod:`.store`)."""

from .hook import PieceVectors, create_piece_vectors, shared_vectors
from .store import DEFAULT_VECTORS_DIR, WordVectors

__all__ = ["WordVectors", "PieceVectors", "create_piece_vectors", "shared_vectors", "DEFAULT_VECTORS_DIR"]
