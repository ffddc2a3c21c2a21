"""The source role on the shapes real news attributes with (issue 10's failure classes).

Each probe is a fresh sentence written for these tests; the assertion is the source span the
default pipeline gives the claim of one amount, and that the span is the text at its offsets.
"""

from __future__ import annotations

from typing import Optional

import pytest

import claimex
from tests.pipeline.probes import parties_of


def _source_of(text: str, amount: str) -> Optional[str]:
    """The source text of the claim whose amount text contains ``amount``."""
    claims = [c.to_dict() for c in claimex.extract(text)]
    claim = next(c for c in claims if amount in c["text"])
    source = claim["source"]
    if source is None:
        return None
    assert text[source["start"] : source["end"]] == source["text"]
    return source["text"]


def _source_start(text: str, amount: str) -> int:
    claim = next(c.to_dict() for c in claimex.extract(text) if amount in c.text)
    return claim["source"]["start"]


# -- the occurrence nearest to the amount ------------------------------------------------------


def test_a_carried_source_names_the_occurrence_nearest_to_its_amount():
    text = (
        "Firmenchef Thomas Weber sagte am Dienstag, das Unternehmen habe den Familien 3 Millionen Euro "
        "gezahlt. Die Vorwürfe wies das Unternehmen zurück. Weber kündigte Gespräche an. "
        "Weitere 2 Millionen Euro seien für die Verletzten vorgesehen."
    )
    assert _source_of(text, "2 Millionen") == "Weber"
    assert _source_start(text, "2 Millionen") == text.index("Weber kündigte")


# -- a reporting clause after the claim ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount, source",
    [
        (
            "Der Freistaat will den Geschädigten je 5.000 Euro zahlen, teilte die Staatskanzlei in Erfurt mit.",
            "5.000",
            "Staatskanzlei",
        ),
        ("Die Gemeinde überweist dem Club 40.000 Euro, wie das Rathaus am Freitag mitteilte.", "40.000", "Rathaus"),
    ],
)
def test_reporting_clause_after_the_claim_names_the_source(text, amount, source):
    assert _source_of(text, amount) == source


# -- cues that name the source after them, and the owner of a document --------------------------


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Bei dem Sturm wurden 17 Camper verletzt, hieß es vom Landratsamt.", "17", "Landratsamt"),
        (
            "Der Angeklagte habe 2 Rentner getötet, heißt es in der Anklageschrift der Staatsanwaltschaft.",
            "2",
            "Staatsanwaltschaft",
        ),
        (
            "Die Schäden betragen 6 Millionen Euro, wie aus einem Bericht des Landesrechnungshofs hervorgeht.",
            "6 Millionen",
            "Landesrechnungshofs",
        ),
        ("Auf Bahnübergängen starben heuer elf Menschen. Das geht aus einer Bilanz der Bahn hervor.", "elf", "Bahn"),
    ],
)
def test_cue_after_the_claim_and_document_owner(text, amount, source):
    assert _source_of(text, amount) == source


def test_present_tense_report_after_the_claim():
    text = "Zwei Wanderer starben bei dem Felssturz, wie die Kantonspolizei Uri mitteilt."
    assert _source_of(text, "Zwei") in ("Kantonspolizei Uri", "Kantonspolizei")


# -- the name over the common noun --------------------------------------------------------------


def test_name_in_apposition_over_the_body_noun():
    text = "Bei dem Angriff wurden 40 Soldaten getötet, teilte der Inlandsgeheimdienst SBU mit."
    assert _source_of(text, "40") == "SBU"


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Aus Koalitionskreisen hieß es, das Land werde 90 Millionen Euro bereitstellen.", "90 Millionen"),
        ("Nach Angaben aus Sicherheitskreisen will die Regierung 90 Millionen Euro freigeben.", "90 Millionen"),
    ],
)
def test_an_unnamed_circle_is_the_source(text, amount):
    assert _source_of(text, amount).endswith("kreisen")


# -- the source in another sentence of the paragraph --------------------------------------------


def test_reported_speech_goes_on_with_the_speaker_before_it():
    text = (
        "Opferanwalt Thomas Weber sagte am Montag vor Gericht, die Familien seien enttäuscht. "
        "Die Versicherung habe bisher nichts überwiesen. "
        "Seinen Mandanten stünden mindestens 250.000 Euro zu, die Versicherung habe den Betrag bestritten."
    )
    assert _source_of(text, "250.000") in ("Thomas Weber", "Weber", "Opferanwalt Thomas Weber")


def test_a_place_before_a_headline_colon_is_no_speaker():
    text = (
        "Peru: 58 Bergleute bei Grubenunglücken getötet\n\n"
        "Lima – In Peru sind im vergangenen Jahr bei Grubenunglücken 58 Bergleute ums Leben gekommen."
    )
    claims = [c.to_dict() for c in claimex.extract(text)]
    headline = next(c for c in claims if c["start"] < text.index("\n"))
    assert headline["source"] is None or headline["source"]["text"] != "Peru"


# -- whose statement ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Der Witwer bekam nach Angaben seines Anwalts 75.000 Euro.", "75.000", "Anwalts"),
        ("Nach Schätzungen örtlicher Helfer wurden 30 Fischer verschleppt.", "30", "örtlicher Helfer"),
        ("Dabei wurden nach Angaben des polnischen Heeres acht Soldaten getötet.", "acht", "polnischen Heeres"),
        ("Nach Informationen der «Rheinischen Post» soll es 4 Verletzte geben.", "4", "Rheinischen Post"),
    ],
)
def test_the_owner_of_a_statement_is_the_source(text, amount, source):
    assert source in _source_of(text, amount)


def test_an_object_after_the_reporting_verb_is_no_source():
    text = "Die Besitzerin des Gebäudes, eine Stiftung, beziffert den Sachschaden auf 900.000 Euro."
    assert _source_of(text, "900.000") not in ("Sachschaden", "den Sachschaden")


# -- quotes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vereinschef Thomas Becker sagte: „Der Winter war hart. Wir investieren 80.000 Euro in die Halle.“",
        "Vereinschef Thomas Becker sagte: «Der Winter war hart. Wir investieren 80.000 Euro in die Halle.»",
        "„Wir investieren 80.000 Euro in die Halle. Der Winter war hart für uns. Jetzt geht es weiter“, "
        "sagte Vereinschef Thomas Becker.",
    ],
)
def test_a_quote_over_several_sentences_keeps_its_speaker(text):
    assert "Becker" in _source_of(text, "80.000")


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Nach einer Umfrage der Mietervereinigung zahlt jeder Haushalt 900 Euro.", "900", "Mietervereinigung"),
        ("Nach Überzeugung der Ermittler tötete der Mann zwei Nachbarn.", "zwei", "Ermittler"),
    ],
)
def test_more_statement_nouns_name_their_owner(text, amount, source):
    assert _source_of(text, amount) == source


# -- a press release ----------------------------------------------------------------------------


def test_a_press_release_speaks_for_its_issuer():
    text = (
        "Medienmitteilung des Bundesamts für Strassen (ASTRA)\n\n"
        "Tunnelbrand am Gotthard: ASTRA zieht Bilanz\n\n"
        "Bern, 3. Juni 2026 – Die Reparatur des Tunnels kostet rund 14 Millionen Franken. "
        "Die Arbeiten dauern bis zum Herbst."
    )
    assert _source_of(text, "14 Millionen") == "ASTRA"  # the issuer where it stands nearest


def test_a_releases_issuer_is_written_where_it_stands_nearest_also_in_another_case():
    text = (
        "Presseaussendung der Steirischen Hagelversicherung AG\n\n"
        "Linz, 4. Juli 2026 – Nach dem Unwetter in der Oststeiermark hat die Steirische Hagelversicherung "
        "die Schadenmeldungen ausgewertet. Die Schäden an Obstkulturen belaufen sich auf 8,4 Mio. Euro."
    )
    assert _source_of(text, "8,4 Mio") == "Steirische Hagelversicherung"


def test_an_ordinary_article_has_no_issuer():
    text = "ASTRA zieht Bilanz\n\nBern – Die Reparatur des Tunnels kostet rund 14 Millionen Franken."
    assert _source_of(text, "14 Millionen") is None


def test_the_name_after_a_participle_aside_is_the_source():
    text = "Eine Untersuchung, beauftragt von der Friedrich-Ebert-Stiftung, zeigt, dass Berlin 3 Millionen Euro zahlte."
    assert _source_of(text, "3 Millionen") == "Friedrich-Ebert-Stiftung"


def test_the_issuer_of_a_release_may_also_pay():
    text = (
        "Medienmitteilung des Bundesamts für Strassen (ASTRA)\n\n"
        "Tunnelbrand am Gotthard: ASTRA zieht Bilanz\n\n"
        "Bern, 3. Juni 2026 – Das ASTRA zahlt den Anwohnern insgesamt 2 Millionen Franken."
    )
    claim = next(c.to_dict() for c in claimex.extract(text) if "2 Millionen" in c.text)
    assert claim["source"]["text"] == claim["agent"]["text"] == "ASTRA"


# -- a fronted object that names the counted quantity -----------------------------------------


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Die Verluste beziffert der Landesverband auf knapp 7 Millionen Euro.", "7 Millionen", "Landesverband"),
        ("Die Einbußen schätzt die Handelskammer auf rund 90 Millionen Franken.", "90 Millionen", "Handelskammer"),
    ],
)
def test_a_fronted_quantity_noun_is_the_object_and_the_subject_follows_the_verb(text, amount, source):
    assert _source_of(text, amount) == source


def test_a_subject_before_the_verb_stays_the_source():
    text = "Der Landesverband beziffert die Verluste auf knapp 7 Millionen Euro."
    assert _source_of(text, "7 Millionen") == "Landesverband"


# -- a reporting verb whose particle stands at the clause end -----------------------------------


def test_a_separated_reporting_particle_makes_the_next_sentence_the_source():
    text = (
        "Die Gemeinde Altheim erhält 2,4 Millionen Euro für den Neubau ihrer Grundschule. "
        "Das gab das Kultusministerium am Freitag bekannt."
    )
    assert _source_of(text, "2,4 Millionen") == "Kultusministerium"


def test_a_giving_verb_without_a_reporting_particle_reports_nothing():
    text = "Die Stiftung gab dem Heimatmuseum am Montag 400.000 Euro. Das Geld fließt in die Sanierung."
    assert _source_of(text, "400.000") is None


# -- a body named again by a noun its name holds -----------------------------------------------


def test_a_common_noun_source_takes_the_name_that_holds_it():
    text = (
        "Die Landesmedienbehörde hat gegen den Sender Radio Kelmar eine Geldbuße verhängt. "
        "Der Sender muss 80.000 Euro zahlen, teilte die Behörde am Montag mit."
    )
    assert _source_of(text, "80.000") == "Landesmedienbehörde"


def test_a_common_noun_stands_for_the_body_the_text_is_about():
    # the class noun of a body is written as the name it stands for (source_names.reporter_name)
    text = (
        "Die Reederei Baltenfahrt übernimmt den Konkurrenten Nordlicht. Für die Firma zahlt sie "
        "120 Millionen Euro, teilte das Unternehmen mit."
    )
    assert _source_of(text, "120 Millionen") == "Reederei Baltenfahrt"


# -- a possessive before the statement noun names its owner ------------------------------------


@pytest.mark.parametrize(
    "text, amount, source",
    [
        (
            "Landrat Karl Berger verlangt mehr Hilfe vom Bund. Der Bedarf der Kreise liegt nach seinen "
            "Berechnungen bei 900 Millionen Euro.",
            "900 Millionen",
            "Karl Berger",
        ),
        (
            "Die Umweltorganisation Grünwacht fordert mehr Geld – nach ihrer Rechnung wären jährlich "
            "40 Millionen Euro nötig.",
            "40 Millionen",
            "Grünwacht",
        ),
        ("Die Sanierung kostet nach Hubers Rechnung 2,4 Millionen Euro.", "2,4 Millionen", "Hubers"),
    ],
)
def test_a_possessive_statement_names_its_owner(text, amount, source):
    found = _source_of(text, amount)
    assert found is not None and found.endswith(source)  # the owner's mention, title or not


def test_a_first_person_statement_is_the_speakers():
    text = (
        "Klubchef Anton Reiter über das Geschäft mit Spielern.\n\n"
        "Reiter: Nach unseren Berechnungen haben wir 80 Millionen Euro eingenommen."
    )
    assert _source_of(text, "80 Millionen") == "Reiter"


def test_an_anaphor_without_a_reporting_verb_does_not_attribute_the_sentence_before():
    text = (
        "Die Mitglieder zahlen künftig 15 Euro im Monat. Das bringt nach Angaben des Kassiers "
        "rund 9000 Euro im Jahr."
    )
    assert _source_of(text, "15 Euro") is None


@pytest.mark.parametrize(
    "text, amount, source",
    [
        (
            "Nach Angaben des von den Rebellen kontrollierten Gesundheitsministeriums wurden zwölf Menschen getötet.",
            "zwölf",
            "Gesundheitsministeriums",
        ),
        ("Laut dem von Moskau eingesetzten Verwaltungschef Igor Belkin starben drei Zivilisten.", "drei", "Igor Belkin"),
    ],
)
def test_the_agent_of_an_attribute_before_the_cues_noun_is_no_source(text, amount, source):
    found = _source_of(text, amount)
    assert found is not None and found.endswith(source)


def test_a_list_of_bodies_that_shares_the_reporting_verb_is_sourced_by_its_first():
    text = (
        "Die Weltgesundheitsorganisation, die Europäische Union, die Vereinten Nationen und die "
        "Regierung bezifferten den Bedarf auf 40 Milliarden Euro."
    )
    assert _source_of(text, "40 Milliarden") == "Weltgesundheitsorganisation"


# -- what an amount counts reports nothing -----------------------------------------------------


@pytest.mark.parametrize(
    "text, amount, source",
    [
        (
            "Bei Angriffen auf ein Umspannwerk wurden nach offiziellen Angaben sechs Menschen getötet.",
            "sechs",
            "offiziellen Angaben",
        ),
        ("Im Winter davor waren rund 740 Todesfälle gemeldet worden.", "740", None),
        ("Der Versorger Ostwerk, der drei Kraftwerke betreibt, bezifferte die Kosten auf 12 Millionen Euro.", "12 Millionen", None),
    ],
)
def test_the_noun_an_amount_counts_is_no_source(text, amount, source):
    assert _source_of(text, amount) == source


# -- the subject of a reporting verb after a fronted object ------------------------------------


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Den Schaden am Wagen des Lieferanten gibt die Polizei mit etwa 18.000 Euro an.", "18.000", "Polizei"),
        (
            "Das Hochwasser zerstörte drei alte Mühlen, deren Wert die kantonale Denkmalpflege auf rund "
            "2 Millionen Franken schätzt.",
            "2 Millionen",
            "Denkmalpflege",
        ),
    ],
)
def test_the_subject_after_a_fronted_object_is_the_source(text, amount, source):
    assert _source_of(text, amount) == source


def test_a_reporting_pronoun_without_antecedent_is_the_last_person_named_or_no_one():
    named = (
        "Kämmerin Julia Brandner hat den Haushalt vorgelegt. Ohne Sparpaket drohe der Stadt ein Defizit "
        "von 4 Millionen Euro, warnte sie."
    )
    assert (_source_of(named, "4 Millionen") or "").endswith("Julia Brandner")
    unnamed = "Ohne Sparpaket drohe der Stadt ein Defizit von 4 Millionen Euro, warnte er."
    assert _source_of(unnamed, "4 Millionen") != "Stadt"


def test_a_headlines_topic_before_a_colon_is_no_speaker():
    text = (
        "Ammersee: Segelboot kentert – ein Toter\n\n"
        "Auf dem Ammersee ist am Sonntag ein Segler ertrunken, teilte die Wasserwacht mit."
    )
    assert _source_of(text, "ein") != "Ammersee"


def test_a_speakers_name_set_off_at_the_end_of_the_sentence_is_the_source():
    text = "„Das sind 3 Millionen Euro gut investiertes Geld“, sagte die Präsidentin des Verbands, Laura Wenger."
    assert _source_of(text, "3 Millionen") == "Laura Wenger"


# -- the figures of a report carry its source through the paragraph -----------------------------


def test_the_next_figures_of_a_report_keep_its_source():
    text = (
        "Die Streiks haben die Fluglinie Nordair rund 90 Millionen Euro gekostet, teilte die "
        "Gesellschaft am Dienstag mit. Der Umsatz stieg dennoch leicht auf 2,1 Milliarden Euro."
    )
    reporter = _source_of(text, "90 Millionen")
    assert reporter is not None and _source_of(text, "2,1 Milliarden") == reporter


def test_a_party_acting_in_its_own_sentence_starts_a_new_report():
    text = (
        "Die Weltbank schätzt den Bedarf für den Wiederaufbau auf 68 Milliarden Dollar. "
        "Die Europäische Union gab 5 Millionen Euro."
    )
    assert _source_of(text, "5 Millionen") is None


def test_own_statement_subject_is_no_fronted_object():
    text = "Den Familien der Opfer hat die Reederei nach eigenen Angaben je 20.000 Euro gezahlt."
    assert _source_of(text, "20.000") == "Reederei"


def test_own_statement_words_are_never_the_source_themselves():
    text = "Velora hat nach eigenen Angaben 4.000 Pumpen geliefert. Eine Pumpe kostet 2.000 Euro."
    assert _source_of(text, "2.000") != "eigenen Angaben"


def test_a_paragraphs_source_is_the_subject_that_opens_its_sentence():
    text = (
        "Verkehrsministerin Eva Lindner (SPÖ) gab am Mittwoch bekannt, dass drei der zwölf bestellten "
        "Züge bereits im Frühjahr eintreffen. Der Kauf der Züge schlägt mit rund 60 Mio. Euro zu Buche."
    )
    assert _source_of(text, "60 Mio") != "SPÖ"


# -- a clause that leaves out the verb of speech ----------------------------------------------


def test_a_gapped_clause_of_speech_keeps_its_own_speaker():
    text = "Das Innenministerium spricht von 12 Toten, die Rebellen von mehr als 60."
    assert _source_of(text, "mehr als 60") == "Rebellen"
    assert _source_of(text, "12") == "Innenministerium"


def test_an_object_first_gapped_clause_keeps_the_first_speaker():
    text = "Die Schäden an Straßen beziffert das Amt auf 12 Millionen Euro, die Ausfälle der Bauern auf 4 Millionen Euro."
    assert _source_of(text, "4 Millionen") != "Ausfälle"


# -- a body's own act is a new report, not a figure of the source carried --------------------


@pytest.mark.parametrize(
    "text, amount",
    [
        (
            "Dänemark stellt 2 Millionen Kronen für die Opfer des Erdbebens bereit, teilte das "
            "Außenministerium in Kopenhagen mit. Die Weltbank kündigte 40 Millionen Dollar an.",
            "40 Millionen",
        ),
        (
            "Schweden sagte nach Angaben von Ministerin Karin Lund weitere 300 Millionen Euro zu. "
            "Finnland kündigte 90 Millionen Euro an, Estland 4 Millionen Euro.",
            "4 Millionen",
        ),
        (
            "Nach Angaben der Feuerwehr wurden bei dem Hochwasser drei Menschen verletzt. "
            "Die Landesregierung hat für den Wiederaufbau 15 Millionen Euro bewilligt.",
            "15 Millionen",
        ),
        (
            "Die Schäden an den Gleisen beziffert die Bahn auf 3 Millionen Euro. "
            "Den Anwohnern gewährt die Stadtverwaltung eine Soforthilfe von 500 Euro.",
            "500 Euro",
        ),
    ],
)
def test_a_body_acting_in_its_own_sentence_is_no_figure_of_the_carried_report(text, amount):
    assert _source_of(text, amount) is None


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # the body the report is about goes on acting
        (
            "Polen und Tschechien wollen die Grenzbrücke gemeinsam sanieren. Polen zahlt nach Angaben "
            "des Verkehrsministeriums in Warschau 20 Millionen Euro. Tschechien übernimmt die übrigen 12 Millionen Euro.",
            "12 Millionen",
            "Verkehrsministeriums",
        ),
        # reported speech goes on with its speaker
        (
            "Firmenchefin Laura Brandt sagte am Montag, der Brand habe Schäden von 4 Millionen Euro verursacht. "
            "Der Versicherer werde den Betrieb mit 1,5 Millionen Euro entschädigen.",
            "1,5 Millionen",
            "Laura Brandt",  # the name without its title: CLAIMS.md prefers the name
        ),
        # a word that points back ties the sentence to the report
        (
            "Die Kosten der Sanierung beziffert das Bauamt auf 8 Millionen Euro. Davon übernimmt der "
            "Landkreis 2 Millionen Euro.",
            "2 Millionen",
            "Bauamt",
        ),
        # no actor of its own: the report's next figure
        (
            "Die Streiks haben die Fluglinie Nordair rund 90 Millionen Euro gekostet, teilte die "
            "Gesellschaft am Dienstag mit. Die Entschädigungen für Fluggäste schlagen mit 12 Millionen Euro zu Buche.",
            "12 Millionen",
            "Gesellschaft",
        ),
    ],
)
def test_figures_of_the_same_report_keep_the_carried_source(text, amount, source):
    assert _source_of(text, amount) == source


# -- a headline is a paragraph of its own: the body's source is not carried up ---------------


def test_a_headline_figure_takes_no_source_named_only_in_the_body():
    # CLAIMS.md carries a source through its paragraph; blind annotators leave the headline none
    text = (
        "Lawine am Piz Palü: Zwei Bergsteiger tot, einer vermisst\n\n"
        "Pontresina – Am Piz Palü hat eine Lawine am Samstag eine Seilschaft erfasst. Zwei Bergsteiger "
        "wurden tot geborgen, einer wird noch vermisst, wie die Kantonspolizei Graubünden mitteilte."
    )
    claims = [c.to_dict() for c in claimex.extract(text)]
    assert [c["source"] is None for c in claims] == [True, True, False, False]
    assert claims[2]["source"]["text"] == "Kantonspolizei Graubünden"


def test_a_lead_sentence_closed_by_a_full_stop_is_no_headline():
    text = "Bei einem Unfall starben zwei Menschen.\n\nDie Polizei meldete am Abend zwei Tote und vier Verletzte."
    claims = [c.to_dict() for c in claimex.extract(text)]
    assert claims[0]["text"] == "zwei" and claims[0]["source"] is None


def test_a_headline_figure_the_body_does_not_restate_keeps_no_source():
    text = (
        "Hochwasser an der Mosel: 40 Keller überflutet, ein Verletzter\n\n"
        "Trier – Nach tagelangem Regen ist die Mosel über die Ufer getreten. Die Feuerwehr zählte bis "
        "zum Abend 120 Einsätze, sagte ein Sprecher der Stadt."
    )
    claims = [c.to_dict() for c in claimex.extract(text)]
    assert [c["source"] for c in claims if c["type"] == "casualty"] == [None]


# -- a lead sentence is covered by the report of the sentences after it ------------------------


def test_a_lead_takes_the_source_named_in_the_next_sentences():
    text = (
        "Linz – Bei einem Brand in einem Mehrfamilienhaus sind in der Nacht auf Samstag zwei Menschen "
        "ums Leben gekommen. Das Feuer war laut Polizei im Keller ausgebrochen."
    )
    assert _source_of(text, "zwei") == "Polizei"


def test_a_sentence_inside_a_paragraph_takes_no_source_from_an_unrelated_later_sentence():
    text = (
        "Die Feuerwehr rückte mit 60 Kräften aus. Zwei Menschen starben in den Flammen. Die Ursache "
        "des Feuers war laut Polizei ein defektes Kabel."
    )
    assert _source_of(text, "Zwei") is None


def test_a_lead_that_reports_a_bodys_own_act_takes_no_later_source():
    text = (
        "Das Land Tirol stellt den Betroffenen eine Soforthilfe von 2 Millionen Euro bereit. "
        "Die Schäden an Straßen und Brücken schätzt Landesrat Martin Huber auf 30 Millionen Euro."
    )
    assert _source_of(text, "2 Millionen") is None


# -- an interview's speaker answers across paragraph breaks ---------------------------------------


_INTERVIEW = (
    "„Wir bleiben in der Region“\n\n"
    "Die Stadtwerke Hallein haben ein schwieriges Jahr hinter sich. Geschäftsführer Thomas Egger über "
    "Energiepreise und neue Leitungen.\n\n"
    "Herr Egger, wie ist das Jahr gelaufen?\n\n"
    "Thomas Egger: Wir haben 48 Millionen Euro umgesetzt, etwas weniger als im Vorjahr.\n\n"
    "Und die Investitionen?\n\n"
    "Wir stecken heuer 12 Millionen Euro in das Fernwärmenetz. Die Gemeinde erhält eine Konzessionsabgabe von 900.000 Euro.\n\n"
    "Kostet das die Kunden mehr als 5 Euro im Monat?"
)


def test_unlabelled_interview_answers_keep_the_labelled_speaker():
    assert _source_of(_INTERVIEW, "48 Millionen") in ("Thomas Egger", "Egger")
    assert _source_of(_INTERVIEW, "12 Millionen") in ("Thomas Egger", "Egger")
    assert _source_of(_INTERVIEW, "900.000") in ("Thomas Egger", "Egger")


def test_an_interview_question_is_no_answer_of_the_speaker():
    assert _source_of(_INTERVIEW, "5 Euro") is None


def test_a_speaker_label_only_counts_for_a_name_introduced_before():
    text = "Bilanz 2025\n\nHallein: Die Stadtwerke setzten 48 Millionen Euro um.\n\nIm Vorjahr waren es 50 Millionen Euro."
    assert _source_of(text, "50 Millionen") is None


# -- a reporting pronoun stands for the person named before ---------------------------------------


@pytest.mark.parametrize(
    "text, amount, source",
    [
        (
            "Der Abend gehörte Kassierin Petra Lindner. Vor 90 Mitgliedern musste sie einen Verlust von "
            "12.400 Euro verkünden.",
            "12.400",
            "Petra Lindner",
        ),
        (
            "Stadtrat Jonas Feld (SPD) verteidigte den Plan. Ohne die Erhöhung fehlten der Stadt jährlich "
            "rund 2 Millionen Euro, warnte er.",
            "rund 2 Millionen",
            "Jonas Feld",
        ),
    ],
)
def test_a_reporting_pronoun_stands_for_the_titled_person_named_before(text, amount, source):
    found = _source_of(text, amount)
    assert found is not None and source in found


# -- a place a body's name holds is no occurrence of the body ------------------------------------


def test_the_place_in_a_police_name_is_no_nearer_occurrence_of_the_police():
    text = (
        "Innsbruck – Bei einem Lawinenabgang im Tiroler Ötztal sind zwei Skitourengeher getötet worden, "
        "teilte die Landespolizeidirektion Tirol mit. Damit sind heuer in Tirol bereits elf Menschen in "
        "Lawinen ums Leben gekommen."
    )
    assert _source_of(text, "elf") == "Landespolizeidirektion Tirol"


def test_a_quote_over_sentences_keeps_a_speaker_named_before_it_by_a_pronoun():
    text = (
        "Gemeindepräsident Urs Keller ist besorgt. «Die Reparatur kostet uns 2 Millionen Franken. "
        "Dazu kommen 500'000 Franken für die Räumung», sagt er."
    )
    assert _source_of(text, "2 Millionen") == _source_of(text, "500'000")
    assert "Urs Keller" in _source_of(text, "2 Millionen")


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # a state or process passive of a reporting verb names no reporter: the noun phrase before
        # the participle is a genitive attribute or the figure's own subject
        ("Für den Neubau der Sporthalle sind 12 Millionen Euro veranschlagt.", "12 Millionen", None),
        ("Der Schaden am Dach der Kirche wurde auf 400.000 Franken geschätzt.", "400.000", None),
        # the active verb-final clause keeps its subject
        ("Es geht um Fresken, deren Wert die Denkmalpflege auf 3 Millionen Euro schätzt.", "3 Millionen", "Denkmalpflege"),
    ],
)
def test_a_passive_reporting_clause_has_no_reporter(text, amount, source):
    assert _source_of(text, amount) == source


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # the pronoun after "wie" speaks for the body named before; a weekday is no speaker
        (
            "Für die Sanierung des Werks stellt die Reederei Nordlicht 40 Millionen Euro bereit, wie sie am "
            "Donnerstag mitteilte.",
            "40 Millionen",
            "Reederei Nordlicht",
        ),
        ("Der Verband zahlt den Vereinen 2 Millionen Euro, wie er am Freitagabend bestätigte.", "2 Millionen", "Verband"),
        # the words after the speaker are adverbials, not part of the name
        ("Die Hilfen belaufen sich auf 80 Millionen Euro, wie Diplomaten am Montag in Genf sagten.", "80 Millionen", "Diplomaten"),
        ("Der Spieler soll 3 Millionen Euro im Jahr verdienen, wie aus seinem Umfeld verlautete.", "3 Millionen", "Umfeld"),
        # an addressee is no speaker
        ("Die Klinik zahlte 90.000 Euro, wie sie gegenüber dem Tagblatt erklärte.", "90.000", "Klinik"),
    ],
)
def test_a_wie_clause_names_its_speaker_not_a_time_or_an_addressee(text, amount, source):
    assert _source_of(text, amount) == source


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # the subject of the paying verb says so in another clause: it pays and it is the source
        ("Die Stiftung überweist den Flutopfern 5 Millionen Euro, wie sie am Montag mitteilte.", "5 Millionen Euro", "Stiftung", "Flutopfern"),
        ("Für den Vergleich stellt der Versicherer 12 Millionen Franken bereit, wie er mitteilte.", "12 Millionen Franken", "Versicherer", None),
        # the same at the very start of the text
        ("Helvora zahlt den Klägern 8 Millionen Euro, wie es am Montag mitteilte.", "8 Millionen Euro", "Helvora", "Klägern"),
        # a reporter after a cue stays no party, even before a receiving verb
        ("Nach Berechnungen des Instituts Ecoplan nahm der Kanton 40 Millionen Franken ein.", "40 Millionen Franken", None, "Kanton"),
        # a reporter of its own estimate is no party
        ("Die Versicherung beziffert den Schaden auf 3 Millionen Euro.", "3 Millionen Euro", None, None),
    ],
)
def test_a_subject_that_pays_is_a_party_even_when_it_also_reports(text, amount, agent, recipient):
    assert parties_of(text, amount) == (agent, recipient)


def test_a_reporting_class_noun_is_no_name_that_a_class_noun_of_another_family_describes():
    # "die Behörde" is no company, however often the text names the company it fined
    text = (
        "Kartellamt straft Softwarehaus Lumora\n\n"
        "Das Bundeskartellamt hat gegen den Softwarekonzern Lumora ein Bußgeld von 45 Millionen Euro verhängt. "
        "Lumora habe Händler benachteiligt, teilte die Behörde am Dienstag mit. Lumora will das prüfen."
    )
    assert _source_of(text, "45 Millionen") != "Lumora"


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # "kommen" moves the player; it names no source
        ("Der 24-Jährige kommt vom FC Basel, die Ablöse soll bei 9 Millionen Franken liegen.", "9 Millionen", None),
        # with its preposition it reports
        ("Eine Analyse des Ifo-Instituts kommt zu dem Ergebnis, dass die Reform 6 Milliarden Euro kostet.", "6 Milliarden", "Ifo-Instituts"),
    ],
)
def test_kommen_reports_only_with_its_preposition(text, amount, source):
    assert _source_of(text, amount) == source


@pytest.mark.parametrize(
    "text,amount,source",
    [
        # a name inside a participle attribute is not who speaks; the attribute's noun is
        (
            "Bei dem Luftangriff starben 17 Menschen, teilte die von den Rebellen kontrollierte Gesundheitsbehörde mit.",
            "17",
            "Gesundheitsbehörde",
        ),
        (
            "Mindestens 9 Zivilisten seien getötet worden, erklärte das von der Armee geführte Krisenzentrum.",
            "9",
            "Krisenzentrum",
        ),
        # ... and a plain name after the verb still speaks
        ("Drei Arbeiter wurden verletzt, sagte Bürgermeisterin Anna Kessler.", "Drei", "Anna Kessler"),
    ],
)
def test_reporter_behind_a_participle_attribute(text, amount, source):
    found = _source_of(text, amount) or ""
    assert found.endswith(source) and found.count(" ") <= source.count(" ") + 1


def test_class_noun_behind_a_participle_attribute_names_its_body():
    text = (
        "Die Sparkasse Emden hat ihre Risikovorsorge erhöht. Der Gewinn sank auf 8 Millionen Euro. "
        "Das teilte das im Regionalverbund organisierte Institut am Freitag mit."
    )
    assert _source_of(text, "8 Millionen Euro") == "Sparkasse Emden"


@pytest.mark.parametrize(
    "text,amount,source",
    [
        # a name in the genitive after the statement noun owns the statement ...
        ("Nach Angaben Moskaus wurden bei dem Angriff 14 Soldaten getötet.", "14", "Moskaus"),
        ("Pjöngjang hat nach Einschätzung Tokios Raketen für 700 Millionen Dollar verkauft.", "700 Millionen Dollar", "Tokios"),
        # ... an article-less plural adjective still is the owner's phrase
        ("Nach Schätzungen westlicher Diplomaten starben 300 Menschen.", "300", "westlicher Diplomaten"),
    ],
)
def test_statement_noun_with_a_genitive_name(text, amount, source):
    assert _source_of(text, amount) == source


def test_participle_right_before_the_amount_is_no_reporting_verb():
    # "für geschätzt 3 Milliarden": the estimate qualifies the amount; the buyer does not report it
    text = "Die Reederei kauft in Südkorea zwei Tanker für geschätzt 300 Millionen Dollar."
    assert _source_of(text, "300 Millionen Dollar") is None
    # ... while the subject of an estimating verb reports
    assert _source_of("Die Versicherung hat den Schaden auf 4 Millionen Euro geschätzt.", "4 Millionen Euro") == "Versicherung"
