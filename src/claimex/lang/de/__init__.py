"""German language data for claimex, read once from the JSON files in ``data/``.

Each file documents its own fields (keys beginning with ``_`` are documentation). Code never
holds word lists: a component reads what it needs from :func:`german`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

from ...errors import Errors
from ..lexicon import Lexicon

__all__ = ["GermanData", "bare_participle", "german", "load_table", "words"]

DATA_PACKAGE = "claimex.lang.de.data"


def load_table(name: str) -> dict[str, Any]:
    """One data file as a dict, its documentation keys dropped."""
    path = resources.files(DATA_PACKAGE) / name
    try:
        with path.open(encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        raise ValueError(Errors.E002.format(path=path, reason=e)) from e
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _decimals(table: dict[str, str]) -> dict[str, Decimal]:
    return {k.lower(): Decimal(v) for k, v in table.items()}


@dataclass(frozen=True)
class GermanData:
    """Every table the German components read."""

    number_units: dict[str, Decimal]
    fractions: dict[str, Decimal]
    share_nouns: frozenset[str]
    scales: dict[str, Decimal]
    vague_plurals: dict[str, Decimal]
    vague_quantifiers: Lexicon[bool]
    ordinals: frozenset[str]
    approximators: Lexicon[bool]
    lower_bounds: Lexicon[bool]
    upper_bounds: Lexicon[bool]
    lower_bounds_after: Lexicon[bool]
    upper_bounds_after: Lexicon[bool]
    range_openers: dict[str, str]
    range_hedges: frozenset[str]
    no_cents: frozenset[str]
    shared_unit_joiners: frozenset[str]
    shared_unit_fillers: frozenset[str]
    clause_joiners: frozenset[str]
    currency_partitives: frozenset[str]
    currency_names: Lexicon[Optional[str]]
    currency_qualified: dict[str, dict[str, str]]
    currency_bare: dict[str, tuple[str, ...]]
    territory_currency: Lexicon[str]
    currency_symbols: dict[str, str]
    currency_subunits: dict[str, tuple[str, Decimal]]
    casualty_nouns: Lexicon[str]
    casualty_triggers: Lexicon[str]
    not_harmed: Lexicon[bool]
    weak_triggers: frozenset[str]
    active_triggers: frozenset[str]
    non_person_nouns: Lexicon[bool]
    attack_nouns: Lexicon[bool]
    harm_roles: dict[str, tuple[str, ...]]  # clause words that tell who caused a harm
    perpetrator_nouns: Lexicon[bool]
    zero_words: frozenset[str]
    survival_verbs: frozenset[str]
    body_nouns: frozenset[str]
    head_count_stems: tuple[str, ...]  # "fünf|köpfig|e Familie": a number glued to one is a count of people
    person_nouns: Lexicon[bool]
    group_nouns: Lexicon[bool]
    person_suffixes: tuple[str, ...]  # endings of person nouns beyond the table ("Gard|isten")
    demonym_endings: dict[str, str]  # "er" -> "": "Berlin|er"; "ier" -> "ien": "Alger|ier"
    adjective_endings: tuple[str, ...]  # inflection endings of an adjective before its noun ("regional|e")
    money_categories: Lexicon[str]
    money_nouns: Lexicon[bool]
    money_heads: Lexicon[bool]
    actor_heads: Lexicon[bool]
    fine_words: Lexicon[bool]
    party_verbs: Lexicon[str]  # verb class (pay, receive, estimate) that decides agent and recipient
    source_before: Lexicon[bool]
    source_after: Lexicon[bool]
    speech_verbs: Lexicon[bool]
    source_nouns: Lexicon[bool]
    source_heads: tuple[str, ...]  # source nouns that also end compounds ("Innen|ministerium")
    hedges: Lexicon[str]  # cue -> its kind (hedge_cues.json)
    reported_speech: frozenset[str]
    hedges_before_amount: Lexicon[bool]
    months: Lexicon[bool]
    year_cues: frozenset[str]
    time_words: frozenset[str]
    percent_words: Lexicon[bool]
    age_words: Lexicon[bool]
    duration_units: Lexicon[bool]
    measure_units: Lexicon[bool]
    magnitude_cues: Lexicon[bool]
    ordinal_followers: Lexicon[bool]
    confidence: dict[str, float]  # measured precision of each claim rule (benchmarks/calibration.py)
    function_words: dict[str, frozenset[str]]  # closed classes by job: "determiners", "breakdown" ...
    abbreviations: tuple[str, ...]
    currency_prefixes: tuple[str, ...]


def _by_category(table: dict[str, list[str]]) -> Lexicon[str]:
    """Invert {category: [words]} into one lexicon word -> category (first category wins)."""
    entries: dict[str, str] = {}
    for category, words in table.items():
        for w in words:
            entries.setdefault(w, category)
    return Lexicon(entries)


@lru_cache(maxsize=1)
def german() -> GermanData:
    """All German tables, loaded once per process."""
    numbers = load_table("number_words.json")
    cues = load_table("amount_cues.json")
    cldr = load_table("currencies_cldr.json")
    extra = load_table("currencies_supplement.json")
    casualty = load_table("casualty_terms.json")
    money = load_table("money_terms.json")
    attribution = load_table("attribution_cues.json")
    hedge = load_table("hedge_cues.json")
    context = load_table("context_terms.json")
    tokenizer = load_table("tokenizer.json")
    closed = load_table("function_words.json")

    names: dict[str, Optional[str]] = dict(cldr["names"])
    names.update(extra["names"])  # the supplement decides where both speak
    symbols = {code: code for code in cldr["codes"]}
    symbols.update(cldr["symbols"])
    symbols.update(extra["symbols"])
    return GermanData(
        number_units=_decimals(numbers["units"]),
        fractions=_decimals(numbers["fractions"]),
        share_nouns=frozenset(numbers["share_nouns"]),
        scales=_decimals(numbers["scales"]),
        vague_plurals=_decimals(numbers["vague_plurals"]),
        vague_quantifiers=Lexicon(numbers["vague_quantifiers"]),
        ordinals=frozenset(numbers["ordinals"]),
        approximators=Lexicon(cues["approximators"]),
        lower_bounds=Lexicon(cues["lower_bounds"]),
        upper_bounds=Lexicon(cues["upper_bounds"]),
        lower_bounds_after=Lexicon(cues["lower_bounds_after"]),
        upper_bounds_after=Lexicon(cues["upper_bounds_after"]),
        range_openers=dict(cues["range_openers"]),
        range_hedges=frozenset(cues["range_hedges"]),
        no_cents=frozenset(cues["no_cents"]),
        shared_unit_joiners=frozenset(cues["shared_unit_joiners"]),
        shared_unit_fillers=frozenset(cues["shared_unit_fillers"]),
        clause_joiners=frozenset(cues["clause_joiners"]),
        currency_partitives=frozenset(cues["currency_partitives"]),
        currency_names=Lexicon(names),
        currency_qualified={k.lower(): v for k, v in extra["qualified"].items()},
        currency_bare={k: tuple(v) for k, v in cldr["bare"].items()},
        territory_currency=Lexicon({k.lower(): v for k, v in cldr["territories"].items()}),
        currency_symbols=symbols,
        currency_subunits={k: (v[0], Decimal(v[1])) for k, v in extra["subunits"].items()},
        casualty_nouns=_by_category(casualty["nouns"]),
        casualty_triggers=_by_category(casualty["triggers"]),
        not_harmed=Lexicon(casualty["not_harmed"]),
        weak_triggers=frozenset(casualty["weak_triggers"]),
        active_triggers=frozenset(casualty["active_triggers"]),
        non_person_nouns=Lexicon(casualty["non_person_nouns"]),
        attack_nouns=Lexicon(casualty["attack_nouns"]),
        harm_roles={k: tuple(v) for k, v in casualty["harm_roles"].items()},
        perpetrator_nouns=Lexicon(casualty["perpetrator_nouns"]),
        zero_words=frozenset(casualty["zero_words"]),
        survival_verbs=frozenset(casualty["survival_verbs"]),
        body_nouns=frozenset(casualty["body_nouns"]),
        head_count_stems=tuple(casualty["head_count_stems"]),
        person_nouns=Lexicon(casualty["person_nouns"]),
        group_nouns=Lexicon(casualty["group_nouns"]),
        person_suffixes=tuple(casualty["person_suffixes"]),
        demonym_endings=dict(casualty["demonym_endings"]),
        adjective_endings=tuple(load_table("mention_words.json")["adjective_endings"]),
        money_categories=_by_category(money["categories"]),
        money_nouns=Lexicon(money["money_nouns"]),
        money_heads=Lexicon(money["money_heads"]),
        actor_heads=Lexicon(money["actor_heads"]),
        fine_words=Lexicon(money["fine_words"]),
        party_verbs=_by_category(money["party_verbs"]),
        source_before=Lexicon(attribution["source_before"]),
        source_after=Lexicon(attribution["source_after"]),
        speech_verbs=Lexicon(attribution["speech_verbs"]),
        source_nouns=Lexicon(attribution["source_nouns"]),
        source_heads=tuple(w for w in attribution["source_nouns"] if len(w) >= 5 and " " not in w),
        hedges=Lexicon(hedge["hedges"]),
        reported_speech=frozenset(attribution["reported_speech"]),
        hedges_before_amount=Lexicon(hedge["hedges_before_amount"]),
        months=Lexicon(context["months"]),
        year_cues=frozenset(context["year_cues"]),
        time_words=frozenset(context["time_words"]),
        percent_words=Lexicon(context["percent_words"]),
        age_words=Lexicon(context["age_words"]),
        duration_units=Lexicon(context["duration_units"]),
        measure_units=Lexicon(context["measure_units"]),
        magnitude_cues=Lexicon(context["magnitude_cues"]),
        ordinal_followers=Lexicon(context["ordinal_followers"]),
        confidence={k: float(v) for k, v in load_table("confidence.json").items()},
        function_words={k: frozenset(v) for k, v in closed.items()},
        abbreviations=tuple(tokenizer["abbreviations"]),
        currency_prefixes=tuple(tokenizer["currency_prefixes"]),
    )


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """One closed class of ``function_words.json`` by its name ("determiners", "breakdown" ...).
    Memoised: the stages ask for their classes a million times per 30,000 words."""
    return german().function_words[name]


def bare_participle(word: str) -> bool:
    """Whether a lower-case ``word`` is shaped as an uninflected past participle: a separable
    particle (or none), "ge", a stem, and "t" or "en" ("geplant", "eingeplant", "vorgeschlagen").
    Such a word, capitalised at a clause start, is a verb form, no noun ("Eingeplant sind …")."""
    if not word.endswith(("t", "en")):
        return False
    return any(word.startswith(p + "ge") and len(word) > len(p) + 4 for p in words("participle_particles"))
