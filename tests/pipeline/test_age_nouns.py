"""An age noun ("der 58-Jährige") as a role: never cut inside its word, and the person the
report named when the text ties them (same age in brackets, or the nearest earlier person of
the noun's gender); fresh texts (age_referents.py)."""

from __future__ import annotations

from .probes import role_of, source_of


def test_age_noun_payer_is_the_named_man() -> None:
    text = (
        "Das Landgericht Augsburg hat den Bauunternehmer Klaus Reiter wegen Betrugs verurteilt. "
        "Außerdem muss der 61-Jährige eine Geldstrafe von 90.000 Euro zahlen."
    )
    assert role_of(text, "90.000 Euro", "agent") == "Klaus Reiter"


def test_bracketed_age_picks_its_person() -> None:
    text = (
        "Gegen den Anlageberater Thomas Brandl (47) und seinen Kompagnon Peter Wirth (52) wird ermittelt. "
        "Der 47-Jährige soll Kunden um 800.000 Euro gebracht haben."
    )
    agent = role_of(text, "800.000 Euro", "agent")
    assert agent is not None and agent.endswith("Thomas Brandl")  # the mention may keep the title


def test_unnamed_age_noun_is_whole_word() -> None:
    text = "Der Angeklagte schwieg vor Gericht. Der 24-Jährige muss den Eltern ein Schmerzensgeld von 30.000 Euro zahlen."
    assert role_of(text, "30.000 Euro", "agent") == "24-Jährige"


def test_age_noun_of_other_gender_keeps_its_word() -> None:
    # the only person named is a man; "die 44-Jährige" is someone else
    text = (
        "Der Wirt Josef Maier hat sein Lokal verkauft. "
        "Die 44-Jährige muss der Stadt nun 12.000 Euro Pacht nachzahlen."
    )
    assert role_of(text, "12.000 Euro", "agent") == "44-Jährige"


def test_indefinite_age_noun_is_someone_new() -> None:
    text = (
        "Der Richter Markus Feld eröffnete den Prozess. "
        "Ein 19-Jähriger soll am Samstag zwei Männer mit einem Messer verletzt haben."
    )
    assert role_of(text, "zwei", "agent") == "19-Jähriger"


def test_speaker_by_age_is_the_named_politician() -> None:
    text = (
        "Ministerpräsident Janusz Kowal besuchte am Montag das Hochwassergebiet. "
        "Die Regierung stelle den Gemeinden 20 Millionen Euro bereit, sagte der 66-Jährige in Breslau."
    )
    assert source_of(text, "20 Millionen Euro") == "Janusz Kowal"


def test_photo_credit_names_no_one_of_the_report() -> None:
    text = (
        "Foto: APA/Karl Huber\n\n"
        "Der Angeklagte schwieg. Der 31-Jährige muss dem Opfer 5.000 Euro Schmerzensgeld zahlen."
    )
    assert role_of(text, "5.000 Euro", "agent") == "31-Jährige"
