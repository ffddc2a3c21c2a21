"""A plural class noun ("die Unternehmen", "zwei Unternehmen") as the payer of a fine stands for
many bodies, so it names no one of them (referents.py ``named_party``): the payer stays the noun,
never the authority or a word of the sentence before. A singular class noun still stands for the
name the text gives it. Every text here is written for these tests."""

from __future__ import annotations

from .probes import parties_of, role_of


def test_the_plural_payer_of_a_fine_is_not_the_authority() -> None:
    text = (
        "Die Wettbewerbskommission hat drei Tessiner Baufirmen wegen Preisabsprachen gebüsst. "
        "Die Unternehmen müssen zusammen 6,4 Millionen Franken bezahlen, wie die Behörde mitteilte."
    )
    assert parties_of(text, "6,4 Millionen Franken") == ("Unternehmen", "Wettbewerbskommission")


def test_the_plural_payer_is_no_words_of_the_sentence_before() -> None:
    text = (
        "Das Bundeskartellamt hat gegen drei Zementhersteller Bußgelder verhängt. "
        "Die Unternehmen müssen insgesamt 96 Millionen Euro zahlen, teilte die Behörde mit."
    )
    assert role_of(text, "96 Millionen Euro", "agent") == "Unternehmen"


def test_a_counted_plural_payer_stays_the_noun() -> None:
    text = (
        "Die Kartellbehörde in Wien hat gegen vier Bäckereiketten Strafen verhängt. "
        "Zwei Unternehmen kamen mit Bußen von je 150.000 Euro davon."
    )
    assert role_of(text, "150.000 Euro", "agent") == "Unternehmen"


def test_a_singular_class_noun_still_names_its_company() -> None:
    text = (
        "Der Chemiekonzern Varella hat am Donnerstag seine Bilanz vorgelegt. "
        "Das Unternehmen wies einen Verlust von 212 Millionen Euro aus."
    )
    assert "Varella" in (role_of(text, "212 Millionen Euro", "agent") or "")


def test_a_singular_fined_class_noun_names_its_company() -> None:
    text = (
        "Die EU-Kommission hat gegen den Autozulieferer Kessler eine Kartellstrafe verhängt. "
        "Das Unternehmen muss 48 Millionen Euro zahlen."
    )
    assert parties_of(text, "48 Millionen Euro") == ("Autozulieferer Kessler", "EU-Kommission")
