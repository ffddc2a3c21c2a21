"""Claim detection on forms real German news uses more than our corpus (the recall work).

Every sentence here was written for this file, in Swiss, Austrian and German registers. Each
case is a text and the claims expected from it as (type, amount text, low, high, unit), or for
negatives the claims that must NOT appear.
"""

import pytest

import claimex


def claims(text: str) -> list[tuple]:
    return [(c.type, c.text, c.low, c.high, c.unit) for c in claimex.extract(text)]


def check(cases):
    return pytest.mark.parametrize("text,expected", cases, ids=[c[0][:60] for c in cases])


# -- "über" after a noun of a document or deal names its sum, not a lower bound --------------

SUMS = [
    (
        "Die Gemeinde Wettingen hat dem Eishockeyclub ein Darlehen über 450'000 Franken gewährt.",
        [("monetary", "450'000 Franken", 450000, 450000, "CHF")],
    ),
    (
        "Die Bietergemeinschaft erhielt den Zuschlag für einen Bauauftrag über 12,4 Mio. Euro.",
        [("monetary", "12,4 Mio. Euro", 12_400_000, 12_400_000, "EUR")],
    ),
    (
        "Der Masseverwalter brachte eine Klage über rund 3,1 Millionen Euro ein.",
        [("monetary", "rund 3,1 Millionen Euro", 3_100_000, 3_100_000, "EUR")],
    ),
    (
        "Der Energiekonzern bekommt vom Staat Garantien über 4,2 Milliarden Euro.",
        [("monetary", "4,2 Milliarden Euro", 4_200_000_000, 4_200_000_000, "EUR")],
    ),
    (
        "Der Kanton spricht dem Verein Zuschüsse über 120'000 Franken.",
        [("monetary", "120'000 Franken", 120000, 120000, "CHF")],
    ),
    (
        "Das Parlament billigte Militärhilfen über 61 Milliarden Dollar.",
        [("monetary", "61 Milliarden Dollar", 61_000_000_000, 61_000_000_000, "USD")],
    ),
    # without such a noun "über" stays a lower bound
    (
        "Der Sachschaden beläuft sich laut Polizei auf über 80 000 Euro.",
        [("monetary", "über 80 000 Euro", 80000, None, "EUR")],
    ),
    (
        "Betriebe mit Umsätzen über 50 Millionen Euro zahlen den vollen Satz.",
        [("monetary", "über 50 Millionen Euro", 50_000_000, None, "EUR")],
    ),
    (
        "Bargeldzahlungen über 10.000 Euro müssen die Händler melden.",
        [("monetary", "über 10.000 Euro", 10000, None, "EUR")],
    ),
]


@check(SUMS)
def test_sum_after_a_deal_noun(text, expected):
    assert claims(text) == expected


# -- money at the end of a paragraph, without its currency -------------------------------------

FOLLOW_UPS = [
    (
        "Die Betrüger erbeuteten heuer in Kärnten bereits 2,4 Millionen Euro. Im Vorjahr waren es 1,9 Millionen.\n\n"
        "Die Polizei rät zur Vorsicht.",
        [
            ("monetary", "2,4 Millionen Euro", 2_400_000, 2_400_000, "EUR"),
            ("monetary", "1,9 Millionen", 1_900_000, 1_900_000, "EUR"),
        ],
    ),
    (
        "Bei dem Brand in Thun entstand ein Schaden von 800 000 Franken. Die Versicherung schätzt ihn inzwischen auf "
        "über 1,2 Millionen.\n\nDie Ursache ist unklar.",
        [
            ("monetary", "800 000 Franken", 800_000, 800_000, "CHF"),
            ("monetary", "über 1,2 Millionen", 1_200_000, None, "CHF"),
        ],
    ),
]


@check(FOLLOW_UPS)
def test_money_ending_a_paragraph_borrows_its_currency(text, expected):
    assert claims(text) == expected


# -- a scaled number before a noun of money is money, in the currency of the text -----------

MONEY_NOUNS = [
    (
        "Der Etat des Klubs liegt bei 60 Millionen Euro. Für den Verteidiger kassierte er 9,5 Millionen Ablöse.",
        [("monetary", "60 Millionen Euro", 60_000_000, 60_000_000, "EUR"), ("monetary", "9,5 Millionen", 9_500_000, 9_500_000, "EUR")],
    ),
    (
        "Die Reederei zahlt 4 Millionen Franken Busse. Dem Kapitän drohen 1,2 Millionen Schadenersatz.",
        [("monetary", "4 Millionen Franken", 4_000_000, 4_000_000, "CHF"), ("monetary", "1,2 Millionen", 1_200_000, 1_200_000, "CHF")],
    ),
    # a sentence with no scale word and a noun of punishment stays no claim
    ("Der Fahrer wurde zu drei Jahren Haftstrafe verurteilt.", []),
]


@check(MONEY_NOUNS)
def test_a_scaled_number_before_a_money_noun_is_money(text, expected):
    assert claims(text) == expected


def test_a_count_ending_a_paragraph_is_no_ordinal():
    text = "Die Zahl der Toten stieg nach Angaben der Behörden auf 43.\n\nDie Suche dauert an."
    assert [(c.type, c.category, c.text, c.low) for c in claimex.extract(text)] == [("casualty", "killed", "43", 43)]


# -- one person, written as an article, a pronoun or with an age --------------------------------

def casualties(text: str) -> list[tuple]:
    return [(c.text, c.category, c.low, c.high) for c in claimex.extract(text) if c.type == "casualty"]


SINGLE_PERSONS = [
    ("Der Lenker und ein weiterer 17-Jähriger wurden bei dem Crash in Wels schwer verletzt.", [("ein", "injured", 1, 1)]),
    ("Ein 58 Jahre alter Pilzsammler aus dem Mühlviertel gilt seit Sonntag als vermisst.", [("Ein", "missing", 1, 1)]),
    ("Lawine am Piz Palü: Drei Tourengeher verschüttet – einer tot geborgen", [("Drei", "missing", 3, 3), ("einer", "killed", 1, 1)]),
    (
        "Die Zahl der Todesopfer stieg auf 14, unter ihnen ein Vietnamese.",
        [("14", "killed", 14, 14), ("ein", "killed", 1, 1)],
    ),
    ("Die Baufirma muss sich für den Tod eines 31-jährigen Gerüstbauers verantworten.", [("eines", "killed", 1, 1)]),
    ("Bei der Explosion wurde ein Anrainer durch Glassplitter leicht verletzt.", [("ein", "injured", 1, 1)]),
    ("Ein 80-jähriger Autolenker hat in Winterthur eine Velofahrerin angefahren.", [("eine", "injured", 1, 1)]),
    # an article of a group is no count; a spokesperson after "wie" speaks, she was not harmed
    ("In Linz wurde eine Familie aus ihrer Wohnung evakuiert.", []),
    (
        "Vier Arbeiter wurden verschüttet, wie ein Sprecher der Bergwacht am Abend sagte.",
        [("Vier", "missing", 4, 4)],
    ),
]


@check(SINGLE_PERSONS)
def test_single_person(text, expected):
    assert casualties(text) == expected


# -- counts whose noun is the harm verb's object, bounds on year-shaped numbers --------------------

BARE = [
    ("Vier Insassen starben, 31 weitere erlitten Verletzungen.", [("Vier", "killed", 4, 4), ("31", "injured", 31, 31)]),
    ("Knapp 1800 erlitten bei den Krawallen Verletzungen.", [("Knapp 1800", "injured", 1800, 1800)]),
    ("Mehr als 1500 wurden nach Angaben der Helfer verletzt.", [("Mehr als 1500", "injured", 1500, None)]),
    ("Die zwei anderen überlebten schwer verletzt.", [("zwei", "injured", 2, 2)]),
    ("Im Sommer ertrinken in Österreichs Seen Dutzende Badegäste.", [("Dutzende", "killed", 24, None)]),
    ("Nach dem Murgang fehlt von drei Bewohnern weiterhin jede Spur.", [("drei", "missing", 3, 3)]),
    # a year after a year cue stays a year; an injury count of one person is none
    ("Ab 2026 gilt die Helmpflicht, seit 2019 starben 12 Radfahrer.", [("12", "killed", 12, 12)]),
    ("Die Skifahrerin erlitt 3 schwere Verletzungen am Knie.", []),
]


@check(BARE)
def test_counts_without_a_noun_of_their_own(text, expected):
    assert casualties(text) == expected


# -- page noise and designators: numbers that name things or belong to the page -------------------

NOISE = [
    "Der Rettungshubschrauber Christophorus 14 flog den Verletzten ins Spital.",
    "Die Verletzte wurde mit dem Notarzthubschrauber C 12 nach Innsbruck geflogen.",
    "Auf der B 17 kam es am Abend zu einem Stau.",
    "Die Feuerwehr stand mit 80 Mann im Einsatz. (Bild: 20 Minuten/Leserreporter, Tel. 044 268 87 30)",
]


@pytest.mark.parametrize("text", NOISE, ids=[t[:50] for t in NOISE])
def test_page_noise_and_designators_make_no_claims(text):
    assert claims(text) == []


def test_a_link_teaser_is_text_like_any_other():
    # CLAIMS.md: headlines and teasers are text like any other, their amounts are claims
    text = "Lesen Sie auch: Drei Tote bei Brand in Favoriten"
    assert casualties(text) == [("Drei", "killed", 3, 3)]


def test_a_helicopter_name_does_not_block_the_count_before_it():
    text = "Zwei Schwerverletzte flog der Rettungshubschrauber Christophorus 11 nach Klagenfurt."
    assert casualties(text) == [("Zwei", "injured", 2, 2)]


# -- negatives of the contract: still no claims ------------------------------------------------------

NON_CLAIMS = [
    "Der 54-Jährige wurde am Montag in Graz festgenommen.",
    "Rund 300 Soldaten der Bundeswehr sind in Litauen stationiert.",
    "Mehr als 2000 Bewohner wurden evakuiert.",
    "Die Inflation lag im März bei 2,4 Prozent.",
    "Putin (72) traf am 3. Oktober in Astana ein.",
    "Seit 2023 arbeiten 45 Pflegekräfte auf der Station.",
]


@pytest.mark.parametrize("text", NON_CLAIMS, ids=[t[:50] for t in NON_CLAIMS])
def test_non_claims_stay_non_claims(text):
    assert claims(text) == []


# -- court reports, injuries named by their kind, anaphoric tolls, appositions ------------------------------------

COURT_AND_INJURIES = [
    # counts of cases of a charge are no tolls (as the corpus annotates them), nor is the defendant
    ("Der Lenker muss sich wegen fahrlässiger Tötung in zwei Fällen vor dem Landesgericht verantworten.", []),
    ("Das Gericht verurteilte einen 44-jährigen Bootsführer wegen schwerer Körperverletzung.", []),
    ("Eine 19-Jährige erlitt bei dem Sturz Kopfverletzungen.", [("Eine", "injured", 1, 1)]),
    ("Auf dem vereisten Trottoir brach sich ein Pensionist das Handgelenk.", [("ein", "injured", 1, 1)]),
    (
        "Im Sommer 2024 starben in Österreich 410 Menschen an Hitze. Im Jahr davor waren es laut AGES rund 380, "
        "im Jahr 2022 sogar knapp 420.",
        [("410", "killed", 410, 410), ("rund 380", "killed", 380, 380), ("knapp 420", "killed", 420, 420)],
    ),
    ("Das Opfer, ein 23-jähriger Afghane, starb wenig später im Spital.", []),
    ("Bei dem Unfall kamen zwei Menschen ums Leben, ein 70-jähriger Bauer und seine Enkelin.", [("zwei", "killed", 2, 2)]),
    ("Ein Lenker starb, ein weiterer wurde schwer verletzt.", [("Ein", "killed", 1, 1), ("ein", "injured", 1, 1)]),
    ("Der Pkw-Lenker wurde schwer verletzt, eine Beifahrerin leicht.", [("eine", "injured", 1, 1)]),
    ("„Er war ein guter Mensch“, sagt eine Nachbarin über den Toten.", []),
    ("Am Abend bestätigte die Polizei einen Toten.", [("einen", "killed", 1, 1)]),
]


@check(COURT_AND_INJURIES)
def test_court_reports_injuries_and_anaphoric_tolls(text, expected):
    assert casualties(text) == expected


# -- money: deal nouns with an attribute, a headline before the currency ------------------------------

MONEY_MORE = [
    (
        "Ein Rüstungsauftrag aus Katar über 240 Mio. Euro sorgt in Wien für Streit.",
        [("monetary", "240 Mio. Euro", 240_000_000, 240_000_000, "EUR")],
    ),
    (
        "Streik kostet Bahn 90 Millionen\n\nDer Ausstand der Lokführer kostet die Bahn rund 90 Millionen Euro.",
        [
            ("monetary", "90 Millionen", 90_000_000, 90_000_000, "EUR"),
            ("monetary", "rund 90 Millionen Euro", 90_000_000, 90_000_000, "EUR"),
        ],
    ),
]


@check(MONEY_MORE)
def test_money_of_deals_and_headlines(text, expected):
    assert claims(text) == expected


# -- abbreviated scales at a sentence end, shares of money ------------------------------------------

ABBREVIATED = [
    (
        "Die Sanierung kostet 2,4 Mrd. Die Hälfte übernimmt der Bund.",
        [("monetary", "2,4 Mrd.", 2_400_000_000, 2_400_000_000, None)],
    ),
    (
        "Die Versicherung zahlt der Witwe 80'000 Franken, den beiden Kindern je 30'000.",
        [
            ("monetary", "80'000 Franken", 80000, 80000, "CHF"),
            ("monetary", "30'000", 30000, 30000, "CHF"),
        ],
    ),
    ("Die Schüler erhielten je 3 Gutscheine, die Eltern zahlten 20 Euro.", [("monetary", "20 Euro", 20, 20, "EUR")]),
]


@check(ABBREVIATED)
def test_abbreviated_scales_and_shares(text, expected):
    assert claims(text) == expected
