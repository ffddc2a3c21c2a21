"""The vocabulary of claimex corpora: claim types, categories, amount kinds, entity labels.

CLAIMS.md (the public contract) defines claim types, categories and roles; the amount kinds
and entity labels are this project's own, documented in ``corpora/README.md``.
"""

from __future__ import annotations

CLAIM_TYPES = frozenset({"monetary", "casualty"})
CATEGORIES = {
    "monetary": frozenset({"value", "payment", "cost", "damage", "revenue", "other"}),
    "casualty": frozenset({"killed", "injured", "missing", "captured", "casualties"}),
}
ROLE_FIELDS = ("trigger", "agent", "recipient", "victim", "source", "time", "location")
SCORED_ROLES = ("agent", "recipient", "victim", "source")

#: Every number expression in a corpus document has one of these kinds.
AMOUNT_KINDS = frozenset({"money", "casualty", "count", "year", "date", "time", "age", "percent", "other"})
#: The kinds that are claims, and the claim type each becomes.
TYPE_OF_KIND = {"money": "monetary", "casualty": "casualty"}
CLAIM_KINDS = frozenset(TYPE_OF_KIND)
#: Kinds whose normalised value is required.
VALUED_KINDS = frozenset({"money", "casualty", "count", "year", "age", "percent"})

ENTITY_LABELS = frozenset({"PER", "ORG", "GPE", "LOC", "GROUP"})
#: ``test_unseen`` holds whole writer batches and topics that train and dev never see
#: (``corpora/claimex-de/held_out.json``): it measures transfer and is only for final evaluation.
SPLITS = ("train", "dev", "test", "test_unseen")
