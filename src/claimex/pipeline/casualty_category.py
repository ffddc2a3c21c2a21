"""What a casualty mention says of its people beyond its first harm word (CLAIMS.md: the category
says what the text says at that mention).

The relation stage finds the harm word or casualty noun of a count; this module reads the words
around it that change what it says:

- two harms joined as one ("getötet oder verstümmelt", "Tote und Vermisste", "ums Leben gekommen
  oder verschwunden") are unspecified casualties;
- a noun that names a state ("Geiseln", "Vermisste", "ein Verletzter") yields to a harm verb of its
  own clause that says more ("zwei Geiseln wurden verletzt", "ein Verletzter ist gestorben");
- "Opfer" of a crime that names the harm are of that harm ("Opfer von Entführungen" are captured,
  "Opfer eines Femizids" killed);
- an injury that is fatal is a death: "tödlich verletzt", "erlitt tödliche Verletzungen", "wurde
  so schwer verletzt, dass sie starb", "erlitt Verbrennungen und starb".

The words live in ``casualty_terms.json`` ("category_words").
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..lang.de import load_table, words
from ..lang.de.persons import harm_noun
from .cues import Cue, SentenceCues

__all__ = ["CasualtyCategory"]

#: how far (in tokens) a coordinator and the second harm may lie from the first harm
_REACH = 3
#: the categories a state noun's clause may turn it into, by the noun's category
_SAYS_MORE = {
    "captured": ("killed", "injured"),
    "missing": ("killed", "injured"),
    "injured": ("killed",),
}


class CasualtyCategory:
    """Refines the category the relation stage gave a casualty count; see the module docstring."""

    def __init__(self) -> None:
        table = load_table("casualty_terms.json")["category_words"]
        self.joiners = frozenset(table["joiners"])
        self.fatal_prefixes = tuple(table["fatal_prefixes"])
        self.then_words = frozenset(table["then_words"])
        self.pronouns = frozenset(table["subject_pronouns"])
        self.others = frozenset(table["other_counts"])
        self.crimes = tuple((category, tuple(stems)) for category, stems in table["crimes"].items())
        self.succumbed_to = frozenset(table["succumbed_to"])
        self.state_joiners = frozenset(table["state_joiners"])
        self.noun_links = frozenset(table["noun_links"])
        self.articles = words("determiners")

    def refine(
        self,
        doc: Doc,
        amount: Span,
        category: str,
        trigger: Optional[Span],
        cues: SentenceCues,
        lowers: Sequence[str],
        clause: tuple[int, int],
        amounts: Sequence[Span],
    ) -> str:
        """The category of the count ``amount`` whose harm word or noun is ``trigger``."""
        governing = self._governing_harm(doc, amount, cues, lowers)
        if governing is not None and (trigger is None or governing.start != trigger.start):
            # "tötete er vier Menschen und verletzte 23", "den Tod von zwei Arbeitern und verletzte
            # elf": the harm right before the count says what befell it, not a nearer one after it
            category, trigger = governing.value, governing.span(doc)
        if trigger is None:
            return category
        if category == "casualties":
            return self._kind_of_crime(trigger, lowers, clause) or category
        if any(
            c.value == "casualties" and c.end - c.start > 1 and c.start <= trigger.start < c.end for c in cues.casualty
        ):
            # the noun opens a phrase of two harms joined as one ("120 Tote und Verletzte")
            return "casualties"
        near = lowers[max(trigger.start - _REACH, cues.sent.start) : min(trigger.end + _REACH, cues.sent.end)]
        then = self._state_then_harm(doc, trigger, category, cues, lowers, amounts)
        if then is not None:
            return then
        if self.joiners.intersection(near):  # read the harms of the sentence only when a joiner is near
            harms = self._harms_at(doc, cues, lowers)
            starts = {a.start for a in amounts}
            if self._joined_harm(doc, trigger, category, harms, lowers, cues.sent, starts):
                return "casualties"
        said = self._said_of_state(trigger, category, cues, lowers, clause, amounts, self.joiners)
        if said is not None:
            return said
        if category == "injured" and (
            self._fatal(doc, trigger, cues, lowers, amounts) or self._succumbed(amount, trigger, cues, lowers, clause, amounts)
        ):
            return "killed"
        return category

    def _governing_harm(self, doc: Doc, amount: Span, cues: SentenceCues, lowers: Sequence[str]) -> Optional[Cue]:
        """The harm word the count is the object or attribute of: a harm verb right before it, with
        at most a subject pronoun between ("tötete er vier Menschen"), or a harm noun whose "von"
        or genitive attribute it is ("den Tod von zwei Arbeitern", "die Verletzungen der drei")."""
        j = amount.start - 1
        if j < cues.sent.start:
            return None
        ends = {c.end: c for c in cues.casualty}
        verb = ends.get(j + 1)
        if verb is None and lowers[j] in self.pronouns:
            verb = ends.get(j)
        if verb is not None and verb.end - verb.start == 1 and doc[verb.start].is_lower:
            return verb
        noun = ends.get(j)
        if noun is not None and lowers[j] in self.noun_links and doc[noun.end - 1].is_title:
            return noun
        return None

    def _state_then_harm(
        self, doc: Doc, trigger: Span, category: str, cues: SentenceCues, lowers: Sequence[str], amounts: Sequence[Span]
    ) -> Optional[str]:
        """A state verb joined by "und" to a harm verb that says more of the same people: "wurden
        verschüttet und leicht verletzt" (injured), "entführt und getötet" (killed)."""
        turns = _SAYS_MORE.get(category)
        if not turns or doc[trigger.start].text[:1].isupper():
            return None
        sent = cues.sent
        starts = {a.start for a in amounts}
        harms = {c.start: c.value for c in cues.casualty}
        for j in range(trigger.end, min(trigger.end + _REACH, sent.end)):
            if lowers[j] in self.state_joiners:
                for k in range(j + 1, min(j + 1 + _REACH, sent.end)):
                    if k in starts or doc[k].text[:1].isupper() or not lowers[k].isalpha():
                        return None
                    if k in harms:
                        return harms[k] if self._says_more(doc, trigger, category, lowers[j], k, harms[k]) else None
                return None
            if j in starts or not lowers[j].isalpha():
                return None
        return None

    def _says_more(self, doc: Doc, trigger: Span, category: str, joiner: str, k: int, harm: str) -> bool:
        """Whether the harm verb ``harm`` at ``k``, after ``joiner``, says more of the people
        the state word ``trigger`` counts: lower-case words both, joined by a state joiner ("und")."""
        return (
            joiner in self.state_joiners
            and harm in _SAYS_MORE.get(category, ())
            and not doc[trigger.start].text[:1].isupper()
            and not doc[k].text[:1].isupper()
        )

    def _succumbed(
        self,
        amount: Span,
        trigger: Span,
        cues: SentenceCues,
        lowers: Sequence[str],
        clause: tuple[int, int],
        amounts: Sequence[Span],
    ) -> bool:
        """The injuries are what the counted died of: "erlag in der Nacht ein Junge seinen
        Verletzungen" (a death verb of the clause governs the injury noun), with no other count
        between the verb and the noun."""
        doc = cues.sent.doc
        # "Zwei Schwerverletzte sind später ihren Verletzungen erlegen": the injured the count
        # names died of it, as a death verb after their noun says
        if trigger.end - trigger.start != 1:
            return False
        noun = lowers[trigger.start] not in self.succumbed_to
        if noun and not (doc[trigger.start].is_title and trigger.start >= amount.end):
            return False
        deaths = [
            c
            for c in cues.casualty
            if c.value == "killed"
            and clause[0] <= c.start < clause[1]
            and not doc[c.start].text[:1].isupper()
            # "den Tod des Jungen und die Verletzungen von fünf": a noun, no verb that dies of them
            and not (lowers[c.start] in self.articles and doc[c.end - 1].is_title)
        ]
        for death in deaths:
            if noun and not self._dies_after(doc, trigger, death, lowers):
                continue  # "Bei dem Anschlag starben 20 Menschen, 50 Verletzte werden behandelt"
            low, high = sorted((death.start, trigger.start))
            if not any(low < a.start < high and a.start != amount.start for a in amounts):
                return True
        return False

    def _dies_after(self, doc: Doc, noun: Span, death: Cue, lowers: Sequence[str]) -> bool:
        """Whether the death word ``death`` is the verb of the people ``noun`` names: after it,
        with no joiner between ("drei Verletzte und die Angehörigen des getöteten Fussgängers")
        and no noun right after it (an attribute: "des getöteten Fussgängers")."""
        if death.start <= noun.start or any(lowers[t] in self.joiners or lowers[t] == "," for t in range(noun.end, death.start)):
            return False
        return not (death.end < len(doc) and doc[death.end].is_title)

    def _kind_of_crime(self, trigger: Span, lowers: Sequence[str], clause: tuple[int, int]) -> Optional[str]:
        """Victims counted of a crime that says the harm: "Opfer von Entführungen", "Geiselnahmen mit
        14 Opfern" (captured), "Opfer eines Femizids" (killed)."""
        for t in range(clause[0], clause[1]):
            if trigger.start <= t < trigger.end:
                continue
            for category, stems in self.crimes:
                if any(stem in lowers[t] for stem in stems):
                    return category
        return None

    @staticmethod
    def _harms_at(doc: Doc, cues: SentenceCues, lowers: Sequence[str]) -> dict[int, str]:
        """Token index -> harm category, of every harm word and casualty noun of the sentence."""
        found: dict[int, str] = {}
        for c in cues.casualty:
            for t in range(c.start, c.end):
                found[t] = c.value
        for t in range(cues.sent.start, cues.sent.end):
            if t not in found and doc[t].is_title and (noun := harm_noun(lowers[t])):
                found[t] = noun
        return found

    def _joined_harm(
        self,
        doc: Doc,
        trigger: Span,
        category: str,
        harms: dict[int, str],
        lowers: Sequence[str],
        sent: Span,
        starts: set[int],
    ) -> bool:
        """A harm of another category joined to the trigger by "und"/"oder" ("Tote und Verletzte"),
        with no count between the two ("zwei Tote und neun Verletzte" are two claims)."""

        def other(t: int) -> bool:
            found = harms.get(t)
            return found is not None and found not in (category, "casualties")

        # after: "getötet oder verstümmelt", "ums Leben gekommen oder verschwunden"
        for j in range(trigger.end, min(trigger.end + _REACH, sent.end)):
            if lowers[j] in self.joiners:
                for k in range(j + 1, min(j + 1 + _REACH, sent.end)):
                    if other(k):
                        # "wurden verschüttet und leicht verletzt": a state the next harm verb says
                        # more of, not a second group (_said_of_state reads it)
                        return not self._says_more(doc, trigger, category, lowers[j], k, harms[k])
                    # only a verb may stand between ("oder gelten als vermisst"), no noun, count or
                    # "weitere" (another count: "zwei erschossen und ein weiterer verletzt")
                    if k in starts or doc[k].is_title or lowers[k] in self.others or not lowers[k].isalpha():
                        return False
                break
            if j in harms or j in starts or not lowers[j].isalpha():
                break
        # before: "Getötete und Verletzte", "getötete oder verwundete Soldaten"
        for j in range(trigger.start - 1, max(trigger.start - _REACH, sent.start) - 1, -1):
            if lowers[j] in self.joiners:
                # right before the joiner: "Getötete und Verletzte", not "den Tod des Jungen und"
                return j - 1 >= sent.start and other(j - 1)
            if j in harms or j in starts or not lowers[j].isalpha():
                break
        return False

    @staticmethod
    def _said_of_state(
        trigger: Span,
        category: str,
        cues: SentenceCues,
        lowers: Sequence[str],
        clause: tuple[int, int],
        amounts: Sequence[Span],
        joiners: frozenset[str],
    ) -> Optional[str]:
        """A state noun's clause says what happened to the counted: the first harm word after the
        noun in its clause, with no other count between ("zwei Geiseln wurden leicht verletzt")."""
        turns = _SAYS_MORE.get(category)
        if not turns:
            return None
        after = [c for c in cues.casualty if trigger.end <= c.start < clause[1]]
        if not after:
            return None
        first = min(after, key=lambda c: c.start)
        if any(trigger.end <= a.start < first.start for a in amounts):
            return None
        if joiners & set(lowers[trigger.end : first.start]):
            return None  # "die drei Verletzten und die Angehörigen des getöteten Mannes"
        return first.value if first.value in turns else None

    def _fatal(
        self, doc: Doc, trigger: Span, cues: SentenceCues, lowers: Sequence[str], amounts: Sequence[Span]
    ) -> bool:
        """The injury is fatal: "tödlich" next to it, or a death that follows from it."""
        sent = cues.sent
        for t in range(max(trigger.start - _REACH, sent.start), min(trigger.end + _REACH, sent.end)):
            if lowers[t].startswith(self.fatal_prefixes):
                following = doc[t + 1] if t + 1 < sent.end else None
                # "tödliche Verletzungen", "verletzte ... tödlich", not "bei dem tödlichen Unfall"
                if following is None or not following.is_title or t + 1 in range(trigger.start, trigger.end):
                    return True
                if any(c.start == t + 1 for c in cues.casualty):
                    return True
        killed = [c for c in cues.casualty if c.value == "killed" and c.start >= trigger.end]
        if not killed:
            return False
        death = min(killed, key=lambda c: c.start)
        if any(trigger.end <= a.start < death.start for a in amounts):
            return False
        between = lowers[trigger.end : death.start]
        # "erlitt schwerste Verbrennungen und starb", "so schwer verletzt, dass sie ... starb"
        for k, word in enumerate(between):
            if word in self.then_words and k >= len(between) - 4:
                return k == len(between) - 1 or all(not doc[trigger.end + m].is_title for m in range(k + 1, len(between)))
            if word == "dass" and k + 1 < len(between) and between[k + 1] in self.pronouns:
                return not any(w in {",", ";", ":"} for w in between[k + 2 :])
        return False

