"""The claimex pipeline: one spaCy component per module, in data-flow order.

    text -> GermanTokenizer (lang/de/tokenizer.py)      Doc with exact offsets
         -> claimex_sentences  (sentences.py)           token.is_sent_start
         -> claimex_amounts    (amounts.py)             doc.spans["claimex_amounts"], span._.amount
                               (amount_context.py: currencies and conversions read across amounts)
         -> claimex_entities   (entities.py)            doc.ents
         -> claimex_mentions   (mentions.py)            doc.spans["claimex_mentions"], span._.mention_kind
         -> claimex_relations  (relations.py)           doc._.claimex_relations
                               (role finders by rules: source_finder.py, money_parties.py, harmers.py,
                                victims.py, time_place.py; role_phrases.py: what they share)
         -> claimex_claims     (claim_builder.py)       doc._.claims

Importing this package registers the factories (they are also declared as
``spacy_factories`` entry points).
"""

from . import amounts, claim_builder, entities, mentions, relations, sentences  # noqa: F401  (registers factories)

PIPELINE = ("claimex_sentences", "claimex_amounts", "claimex_entities", "claimex_mentions", "claimex_relations", "claimex_claims")
