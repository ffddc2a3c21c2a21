"""Casualty detection on the ways real news writes counts of harmed people (issue 7, classes
9-14 and 20) and the victim of a count without a noun of its own (CLAIMS.md).

Each case is a sentence and the casualty claims expected from it, as
(amount text, category, low, high, victim text or None).
"""

import pytest

import claimex


def casualties(text: str) -> list[tuple]:
    return [
        (c.text, c.category, c.low, c.high, c.victim.text if c.victim else None)
        for c in claimex.extract(text)
        if c.type == "casualty"
    ]


def check(cases):
    return pytest.mark.parametrize("text,expected", cases, ids=[c[0][:50] for c in cases])


# -- contract: a count without a noun of its own has no victim -------------------------------

BARE_COUNTS = [
    (
        "Beim Einsturz der Halle starben vier Arbeiter, mindestens 15 wurden verletzt.",
        [("vier", "killed", 4, 4, "Arbeiter"), ("mindestens 15", "injured", 15, None, None)],
    ),
    (
        "Nach dem Beschuss meldeten die Behörden neun getötete Zivilisten und über 40 verletzte.",
        [("neun", "killed", 9, 9, "getötete Zivilisten"), ("über 40", "injured", 40, None, None)],
    ),
    (
        "In der Nacht wurden 23 Menschen verletzt, sechs von ihnen schwer.",
        [("23", "injured", 23, 23, "Menschen"), ("sechs", "injured", 6, 6, None)],
    ),
]


@check(BARE_COUNTS)
def test_bare_count_has_no_victim(text, expected):
    assert casualties(text) == expected


# -- class 9: the count and its casualty noun apart --------------------------------------------

APART = [
    # the count is the genitive or "von" attribute of a casualty noun
    ("Bergungstrupps holten die Leichen aller 19 Seeleute aus dem Wrack.", [("19", "killed", 19, 19, "Seeleute")]),
    ("Im Schlamm fanden Helfer die Leichen von sechs Kindern.", [("sechs", "killed", 6, 6, "Kindern")]),
    # the count is put among the harmed by "unter den ..." / "zu den ..."
    ("Auch vier Sanitäter befanden sich unter den Verletzten.", [("vier", "injured", 4, 4, "Sanitäter")]),
    ("Zu den Todesopfern gehören zwei Polizisten.", [("zwei", "killed", 2, 2, "Polizisten")]),
    # "Opfer" after a toll that says what happened stays unspecified (CLAIMS.md: "Opfer" with no detail is casualties)
    (
        "Bei dem Absturz kamen zwölf Menschen ums Leben. Unter den Opfern sind drei Kinder.",
        [("zwölf", "killed", 12, 12, "Menschen"), ("drei", "casualties", 3, 3, "Kinder")],
    ),
    # none of a whole survived: all of them were killed
    ("Von den 64 Menschen an Bord überlebte niemand.", [("64", "killed", 64, 64, "Menschen")]),
    ("Keiner der neun Bergsteiger hat den Sturm überlebt.", [("neun", "killed", 9, 9, "Bergsteiger")]),
    # ... but a count harmed in its own clause stays a claim beside a clause of nobody harmed
    ("Im Schulbus saßen 23 Kinder, vier wurden verletzt, niemand starb.", [("vier", "injured", 4, 4, None)]),
]

NOT_APART = [
    # all survived: no claim
    "Alle 64 Menschen an Bord überlebten, niemand wurde verletzt.",
    # a harm word in a clause that says nobody was harmed speaks of no count of another clause
    "Die Fähre hatte gut 300 Passagiere an Bord, verletzt wurde nach Angaben der Reederei niemand.",
    "Im Schulbus saßen 23 Kinder, keines wurde verletzt.",
    # a casualty noun's attribute that counts no people
    "Die Toten der zwei Anschläge wurden am Freitag beigesetzt.",
]


@check(APART)
def test_count_apart_from_casualty_noun(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text", NOT_APART, ids=[t[:50] for t in NOT_APART])
def test_no_casualty_apart(text):
    assert casualties(text) == []


# -- class 10: an age, ordinal, date or aside between the count and its harm word -------------

BETWEEN = [
    ("Zwei Kletterer, beide über 50 Jahre alt, stürzten ab und starben.", [("Zwei", "killed", 2, 2, "Kletterer")]),
    ("Drei Fischer, alle Ende 30, werden seit Dienstag vermisst.", [("Drei", "missing", 3, 3, "Fischer")]),
    ("Zwei Schwestern, acht und elf Jahre alt, wurden leicht verletzt.", [("Zwei", "injured", 2, 2, "Schwestern")]),
    ("Fünf Soldaten der 4. Division wurden bei dem Angriff getötet.", [("Fünf", "killed", 5, 5, "Soldaten")]),
    ("Sechs Menschen wurden am 2. Mai 2021 verschleppt.", [("Sechs", "captured", 6, 6, "Menschen")]),
    # a breakdown or a bracket between the count and the verb they share
    (
        "Vier Touristen, darunter ein Kind, wurden schwer verletzt.",
        [("Vier", "injured", 4, 4, "Touristen"), ("ein", "injured", 1, 1, "Kind")],
    ),
    (
        "Acht Arbeiter (fünf davon aus Polen) kamen ums Leben.",
        [("Acht", "killed", 8, 8, "Arbeiter"), ("fünf", "killed", 5, 5, None)],
    ),
    # naming the counted in an insertion is no claim of its own
    ("Zwei Nachbarn, ein Rentner und seine Frau, wurden getötet.", [("Zwei", "killed", 2, 2, "Nachbarn")]),
    # the verb right before its object speaks of it, not a later verb after "und"
    (
        "Der Schütze tötete drei Menschen und verletzte neun weitere, darunter einen Beamten, bevor er floh.",
        [("drei", "killed", 3, 3, "Menschen"), ("neun", "injured", 9, 9, None), ("einen", "injured", 1, 1, "Beamten")],
    ),
]

NOT_BETWEEN = [
    # a count in a relative clause with a verb of its own is no insertion
    "Nach den Unfällen zweier 320 Neo in den Jahren 2018 und 2020, bei denen viele Menschen starben, zahlte die Firma.",
    # people rescued are not harmed, whatever the clause says of them
    "Bekannt wurde die Rettung von 12 Höhlenforschern, die tagelang eingeschlossen waren.",
    # a harm named as a charge says nothing of the count
    "Das Gericht hat einen 41-jährigen Mann wegen Geiselnahme verurteilt.",
]


@check(BETWEEN)
def test_age_ordinal_or_aside_does_not_block(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text", NOT_BETWEEN, ids=[t[:50] for t in NOT_BETWEEN])
def test_no_casualty_between(text):
    assert casualties(text) == []


@pytest.mark.parametrize(
    "text,number,kind",
    [
        ("Die beiden Opfer, beide Mitte 40, stammen aus Graz.", "40", "age"),
        ("Die 19, 23 und 30 Jahre alten Männer wurden befragt.", "19", "age"),
        ("Bis Ende 2026 sollen 30 Stellen entstehen.", "2026", "year"),
    ],
)
def test_age_kinds(text, number, kind):
    from claimex.extensions import AMOUNTS_KEY

    doc = claimex.load().nlp(text)
    assert {s.text: s._.amount.kind for s in doc.spans[AMOUNTS_KEY]}[number] == kind


# -- class 11: person heads and harmed people by the word's form --------------------------------

BY_FORM = [
    # nominalised participles of harm words are casualty nouns
    ("Die Feuerwehr sucht weiter nach neun Verschütteten.", [("neun", "missing", 9, 9, None)]),
    ("Im Stollen warten 14 Eingeschlossene auf Rettung.", [("14", "missing", 14, 14, None)]),
    ("Die Miliz hält noch 25 Verschleppte fest.", [("25", "captured", 25, 25, "Verschleppte")]),
    ("Die Zahl der Ermordeten stieg auf 31.", [("31", "killed", 31, 31, None)]),
    # person nouns no table holds: agent endings, "-leute", demonyms of places
    ("Bei dem Gefecht sind etwa 300 Reservisten gefallen.", [("etwa 300", "killed", 300, 300, "Reservisten")]),
    ("Zwölf Kaufleute wurden bei dem Überfall verletzt.", [("Zwölf", "injured", 12, 12, "Kaufleute")]),
    ("Vier Redakteure wurden verschleppt.", [("Vier", "captured", 4, 4, "Redakteure")]),
    ("Zwei Grazer kamen bei dem Lawinenabgang ums Leben.", [("Zwei", "killed", 2, 2, "Grazer")]),
    ("Drei Belgier wurden schwer verletzt.", [("Drei", "injured", 3, 3, "Belgier")]),
    ("Ein Elektriker wurde tot aufgefunden.", [("Ein", "killed", 1, 1, "Elektriker")]),
]

NOT_BY_FORM = [
    # objects that end like people, and objects a harm verb can speak of
    "Drei Kisten sind vom Lastwagen gefallen.",
    "Zwei Lieferwagen brannten aus und verbrannten vollständig.",
    # a nominalised noun of harm that is no participle
    "Seit 2015 gelten rund 30 Tötungsdelikte als ungeklärt.",
    # a demonym used as an adjective is no person
    "Bei einer Geiselnahme in einer Zürcher Bankfiliale forderte der Täter Geld.",
]


@check(BY_FORM)
def test_person_and_harm_nouns_by_form(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text", NOT_BY_FORM, ids=[t[:50] for t in NOT_BY_FORM])
def test_no_casualty_by_form(text):
    assert casualties(text) == []


def test_subject_of_active_harm_verb_is_no_victim():
    # "ein ... Extremist" did the harm; the count after him is the one harmed
    got = casualties("In Lyon erstach ein 30-jähriger Extremist im Mai einen Lehrer.")
    assert [(c[0], c[1]) for c in got] == [("einen", "killed")]


# -- class 12: one person by article, a head count by its adjective -----------------------------

ONE_PERSON = [
    ("Auf der Landstraße verunglückte ein 19-Jähriger tödlich.", [("ein", "killed", 1, 1, "19-Jähriger")]),
    ("Eine 62-jährige Radfahrerin wurde schwer verletzt.", [("Eine", "injured", 1, 1, "62-jährige Radfahrerin")]),
    ("Ein 33jähriger Bauarbeiter starb auf der Baustelle.", [("Ein", "killed", 1, 1, "33jähriger Bauarbeiter")]),
    ("Taucher haben die Leiche eines Anglers gefunden.", [("eines", "killed", 1, 1, "Anglers")]),
    ("Im Wald wurde die Leiche einer Joggerin entdeckt.", [("einer", "killed", 1, 1, "Joggerin")]),
    ("Die siebenköpfige Crew wird seit Montag vermisst.", [("siebenköpfige", "missing", 7, 7, "Crew")]),
    ("Eine 4-köpfige Familie wurde entführt.", [("4-köpfige", "captured", 4, 4, "Familie")]),
]

NOT_ONE_PERSON = [
    # a group by article counts no one (CLAIMS.md)
    "Eine Familie aus Tirol wird vermisst.",
    "Ein älteres Ehepaar kam bei dem Brand ums Leben.",
    # a genitive article after a noun that is no casualty
    "Die Witwe eines getöteten Polizisten klagt gegen den Staat.",
    # a head count of no people
    "Die fünfköpfige Jury hat entschieden.",
]


@check(ONE_PERSON)
def test_one_person_by_article(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text", NOT_ONE_PERSON, ids=[t[:50] for t in NOT_ONE_PERSON])
def test_no_single_person(text):
    assert casualties(text) == []


# -- class 13: a harm verb after a list speaks of every count of the list -----------------------

LISTS = [
    (
        "Neun Touristen, drei Bergführer und ein Techniker wurden von Rebellen verschleppt.",
        [
            ("Neun", "captured", 9, 9, "Touristen"),
            ("drei", "captured", 3, 3, "Bergführer"),
            ("ein", "captured", 1, 1, "Techniker"),
        ],
    ),
    (
        "Bei dem Beschuss wurden 14 Soldaten, sechs Sanitäter sowie 21 Zivilisten verwundet.",
        [
            ("14", "injured", 14, 14, "Soldaten"),
            ("sechs", "injured", 6, 6, "Sanitäter"),
            ("21", "injured", 21, 21, "Zivilisten"),
        ],
    ),
    # counts that only follow one another do not share a verb
    ("Im Dorf wohnen 800 Menschen, 35 wurden verletzt.", [("35", "injured", 35, 35, None)]),
]


@check(LISTS)
def test_list_shares_its_harm_verb(text, expected):
    assert casualties(text) == expected


def test_list_closed_by_a_member_without_number():
    got = casualties("Zwei Pfleger, vier Patienten und der Hausmeister wurden als Geiseln gehalten.")
    assert [(c[0], c[1]) for c in got] == [("Zwei", "captured"), ("vier", "captured")]


# -- class 14: a sentence that ends in a number ------------------------------------------------


@pytest.mark.parametrize(
    "text,sentences",
    [
        # a cardinal at the end of its clause ends the sentence, whatever word follows
        ("Die Bilanz stieg am Abend auf 23. Rettungsteams suchen weiter.", 2),
        ("Im Vorjahr waren es 41. Fachleute erwarten mehr.", 2),
        ("Er landete auf Rang 5. Sein Bruder wurde Zweiter.", 2),
        # an ordinal after an article, at the head of its sentence or joined to another stays
        ("Seit dem 4. Juli gilt das Verbot.", 1),
        ("Jedes 3. Haus wurde beschädigt.", 1),
        ("Die Schüler der 5. und 6. Klasse blieben zu Hause.", 1),
        ("Im späten 18. Jahrhundert entstand die Brücke.", 1),
        ("Die Frist endet am 30. Danach entscheidet das Gericht.", 2),
    ],
)
def test_number_at_sentence_end(text, sentences):
    doc = claimex.load().nlp(text)
    assert len(list(doc.sents)) == sentences


NUMBER_ENDS_SENTENCE = [
    (
        "Die Zahl der Verletzten erhöhte sich bis Mittwoch auf 58. Acht Patienten schweben in Lebensgefahr.",
        [("58", "injured", 58, 58, None), ("Acht", "injured", 8, 8, "Patienten")],
    ),
    (
        "Die Zahl der Vermissten liegt inzwischen bei 12. Sechs von ihnen sind Kinder.",
        [("12", "missing", 12, 12, None), ("Sechs", "missing", 6, 6, None)],
    ),
]


@check(NUMBER_ENDS_SENTENCE)
def test_claims_after_number_at_sentence_end(text, expected):
    assert casualties(text) == expected


# -- class 20: a number word as a name ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bei dem Unfall wurde die Stadträtin Petra Tausend leicht verletzt.",
        "Der Rettungssanitäter Klaus Hundert kam bei dem Einsatz ums Leben.",
    ],
)
def test_number_word_surname_is_no_count(text):
    assert all(c[2] is None or c[2] <= 1 for c in casualties(text))


def test_capitalised_number_word_opening_a_sentence_still_counts():
    assert casualties("Tausend Menschen wurden bei dem Beben verletzt.") == [
        ("Tausend", "injured", 1000, 1000, "Menschen")
    ]


# -- "kam … ums Leben": the verb of a harm idiom reports nothing ------------------------------

HARM_IDIOM_VERB = [
    (
        "Auf der Landstraße bei Gera kam ein Motorradfahrer ums Leben.",
        [("ein", "killed", 1, 1, "Motorradfahrer")],
    ),
    (
        # before the fix, "ein" was taken for a speaker ("sagt eine Nachbarin") and "Arbeiter"
        # became the source of the injured
        "Beim Brand in der Lagerhalle kam ein Arbeiter ums Leben, drei weitere wurden verletzt.",
        [("ein", "killed", 1, 1, "Arbeiter"), ("drei", "injured", 3, 3, None)],
    ),
]


@check(HARM_IDIOM_VERB)
def test_the_verb_of_a_harm_idiom_is_no_speaker(text, expected):
    assert casualties(text) == expected
    assert all(c.source is None for c in claimex.extract(text))


def test_kam_before_a_reported_clause_still_reports():
    # "kam zu dem Ergebnis, dass …": the harm word stands in the next clause, so "kam" reports
    claims = claimex.extract("Die Untersuchungskommission kam zu dem Ergebnis, dass 31 Menschen getötet wurden.")
    assert [(c.text, c.category) for c in claims] == [("31", "killed")]
    assert claims[0].source is not None and claims[0].source.text == "Untersuchungskommission"
