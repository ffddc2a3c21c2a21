"""What a class noun ("das Unternehmen", "das Land") of a money party stands for when the text
does not link it to a name (referents.py ``_stands_for``): never a party of its own clause, never a
person the recognizer read as a body because a title opens the name. Every text here is written
for these tests."""

from __future__ import annotations

from claimex.pipeline.referents import _person_titled, _Referent

from .probes import role_of


def test_a_class_noun_skips_the_other_party_of_its_clause() -> None:
    text = "Burkina Faso hat zwei Putsche erlebt. Die Schweiz unterstützt das Land jährlich mit rund 30 Millionen Franken."
    assert role_of(text, "rund 30 Millionen Franken", "recipient") == "Burkina Faso"


def test_the_payer_of_its_clause_is_not_the_company_a_class_noun_names() -> None:
    text = (
        "Die Ostwind Logistik GmbH liefert seit Jahren Ersatzteile nach Bremen. "
        "Die Kelmer AG zahlt dem Unternehmen 2 Millionen Euro."
    )
    recipient = role_of(text, "2 Millionen Euro", "recipient") or ""
    assert "Ostwind" in recipient and "Kelmer" not in recipient


def test_a_class_noun_with_only_its_co_party_named_stays_a_noun() -> None:
    text = "Die Kelmer AG zahlt dem Unternehmen 2 Millionen Euro."
    assert role_of(text, "2 Millionen Euro", "recipient") == "Unternehmen"


def test_a_name_opened_by_a_persons_title_is_no_company() -> None:
    lawyer = _Referent("organisation", [("Firmenanwalt", "Markus", "Pfeifer")], [(0, 3)])
    manager = _Referent("organisation", [("Geschäftsführer", "Jens", "Oberkamp")], [(0, 3)])
    maker = _Referent("organisation", [("Spezialglashersteller", "Lausitz", "Glas")], [(0, 3)])
    plain = _Referent("organisation", [("Lausitz", "Glas")], [(0, 2)])
    assert _person_titled(lawyer) and _person_titled(manager)
    assert not _person_titled(maker) and not _person_titled(plain)


def test_a_country_named_on_land_is_no_link_for_das_land() -> None:
    # "Deutschland" holds "Land" only as a fossil: "das Land" is the country the text was about
    text = (
        "Nach dem Erdbeben in Albanien wächst die Not. "
        "Die EU überweist dem Land 8 Millionen Euro. Auch Deutschland schickt Helfer."
    )
    assert role_of(text, "8 Millionen Euro", "recipient") != "Deutschland"


def test_a_word_around_a_place_still_links_its_class_noun() -> None:
    text = "Die Hansestadt Rostock baut ein Klärwerk. Der Bund zahlt der Stadt 4 Millionen Euro dazu."
    assert role_of(text, "4 Millionen Euro", "recipient") == "Rostock"
