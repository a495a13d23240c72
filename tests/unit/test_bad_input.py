"""Bad input is refused by the service (`Ledger`), each case with the refusal the caller sees,
and nothing is recorded. One table: amounts, periods, invisible characters, coordinates, the
municipality at initialisation, the device clock."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from core.config import Municipality
from core.errors import QuittanceError
from core.money import INT64_MAX, parse_amount
from core.registry import Location
from core.service import Ledger
from tests.conftest import FixedClock, add_assessed_taxpayer, make_ledger

NOW = datetime(2026, 11, 22, 13, 32, tzinfo=timezone.utc)


def typed_amount(text: str):
    """What the app and the command line do with a typed amount: parse, then pay."""
    def act(ledger: Ledger, taxpayer: str) -> None:
        amount = parse_amount(text, "CDF", maximum=ledger.municipality.payment_limit())
        ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=amount, method="cash", advance=True)
    return act


def pay(**fields):
    def act(ledger: Ledger, taxpayer: str) -> None:
        ledger.pay(**{"taxpayer_id": taxpayer, "tax_code": "PAT", "period": "2026", "amount": 100_000,
                      "method": "cash", "advance": True, **fields})
    return act


def register(**fields):
    def act(ledger: Ledger, taxpayer: str) -> None:
        ledger.register_taxpayer(**{"name": "Mwamba Odette", **fields})
    return act


def add_object(**fields):
    def act(ledger: Ledger, taxpayer: str) -> None:
        ledger.add_taxable_object(**{"taxpayer_id": taxpayer, "kind": "business_premises",
                                     "reference": "BP-KAT-0101", **fields})
    return act


def update(**changes):
    def act(ledger: Ledger, taxpayer: str) -> None:
        ledger.update_taxpayer(taxpayer, changes, ledger.reads.taxpayer_card(taxpayer).taxpayer["version"])
    return act


def void(reason: str):
    def act(ledger: Ledger, taxpayer: str) -> None:
        ledger.void(pay_ok(ledger, taxpayer), reason)
    return act


def pay_ok(ledger: Ledger, taxpayer: str) -> str:
    return ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash").receipt_no


def clock_at(**delta):
    def act(ledger: Ledger, taxpayer: str) -> None:
        ledger.clock.moment = NOW + timedelta(**delta)
        pay_ok(ledger, taxpayer)
    return act


def clock_set(moment: datetime):
    def act(ledger: Ledger, taxpayer: str) -> None:
        ledger.clock.moment = moment
        ledger.register_taxpayer(name="Mwamba Odette")
    return act


def initialise(**fields):
    def act(ledger: Ledger, taxpayer: str) -> None:
        fresh = Ledger.open(Path(ledger.store.path).with_name("fresh.db"), clock=FixedClock(NOW))
        try:
            fresh.initialise(Municipality(**{"name": "Commune de Kananga", "code": "KGA", "currency": "CDF",
                                             **fields}), "T08", [("Ilunga Kabeya", "1234")])
        finally:
            fresh.close()
    return act


CASES = [
    # amounts as typed
    ("amount 1,5,5", typed_amount("1,5,5"), "invalid_amount"),
    ("amount 1.2.3", typed_amount("1.2.3"), "invalid_amount"),
    ("amount 1 00", typed_amount("1 00"), "invalid_amount"),
    ("amount mixed groups", typed_amount("1.000,000.5"), "invalid_amount"),
    ("amount inf", typed_amount("inf"), "invalid_amount"),
    ("amount nan", typed_amount("nan"), "invalid_amount"),
    ("amount 1e5", typed_amount("1e5"), "invalid_amount"),
    ("amount negative", typed_amount("-5000"), "invalid_amount"),
    ("amount empty", typed_amount(""), "invalid_amount"),
    ("amount Arabic-Indic digits", typed_amount("١٥٠٠٠"), "invalid_amount"),
    ("amount fullwidth digits", typed_amount("１５０００"), "invalid_amount"),
    ("amount Devanagari digits", typed_amount("१५०००"), "invalid_amount"),
    ("amount past int64", typed_amount(str(2**63)), "amount_too_large"),
    ("amount above the municipality's maximum", typed_amount("100 000 001"), "amount_too_large"),
    # amounts given to the service as ints
    ("int amount past int64", pay(amount=2**63), "amount_too_large"),
    ("int amount above the maximum", pay(amount=INT64_MAX), "amount_too_large"),
    ("float amount", pay(amount=1500.0), "invalid_amount"),
    ("opening float past int64", lambda ledger, t: (ledger.close_session(), ledger.open_session(2**63)),
     "amount_too_large"),
    # periods
    ("period fullwidth digits", pay(period="２０２６"), "invalid_period"),
    ("period Arabic-Indic digits", pay(period="٢٠٢٦"), "invalid_period"),
    # a hostile review: a year no tax was ever levied in was paid "in advance" and printed
    ("period year 0001", pay(period="0001"), "invalid_period"),
    ("period year 9999", pay(period="9999"), "invalid_period"),
    ("monthly period year 1899", pay(tax_code="MAR", period="1899-02"), "invalid_period"),
    # invisible and control characters, by field
    ("NUL in name", register(name="Mwamba\x00Odette"), "control_character"),
    ("C1 in business name", register(business_name="Boutique\x85Odette"), "control_character"),
    ("DEL in address", register(address="Avenue\x7f Lumumba 12"), "control_character"),
    ("bidi override in id number", register(id_number="0412\u202e88-2231"), "control_character"),
    ("bidi isolate in name", register(name="Mwamba \u2066Odette\u2069"), "control_character"),
    ("escape in name update", update(name="Mwamba \x1b[2J"), "control_character"),
    ("tab in object reference", add_object(reference="BP\tKAT"), "control_character"),
    ("bidi in object description", add_object(description="Boutique \u202eeuqituoB"), "control_character"),
    ("control in object attribute", add_object(attributes={"surface_m2": "12\x0b"}), "control_character"),
    ("escape in payment reference", pay(method="mobile_money", reference="MP26\x1b[31m"), "control_character"),
    # a hostile review: a 100,000-character name was recorded, signed and sent to the printer
    ("name of 100,000 characters", register(name="Mwamba " * 14_286), "text_too_long"),
    ("void reason past 500 characters", void("Erreur " * 72), "text_too_long"),
    ("object description past 500 characters", add_object(description="x" * 501), "text_too_long"),
    ("NUL in void reason", void("erreur\x00de saisie"), "control_character"),
    # coordinates
    ("latitude inf", register(location=Location(float("inf"), 22.4, 5.0, "gps")), "invalid_coordinates"),
    ("longitude nan", register(location=Location(-5.9, float("nan"), 5.0, "gps")), "invalid_coordinates"),
    ("accuracy inf", register(location=Location(-5.9, 22.4, float("inf"), "gps")), "invalid_coordinates"),
    ("accuracy nan", register(location=Location(-5.9, 22.4, float("nan"), "gps")), "invalid_coordinates"),
    # a hostile review: 1e-320 m travelled as "0" (7 decimals) and was stored as an accuracy of zero;
    # 1e308 m is no accuracy on this planet
    ("accuracy rounding to zero", register(location=Location(-5.9, 22.4, 1e-320, "gps")), "invalid_coordinates"),
    ("accuracy past the planet", register(location=Location(-5.9, 22.4, 1e308, "gps")), "invalid_coordinates"),
    ("latitude 91", register(location=Location(91.0, 22.4, 5.0, "gps")), "invalid_coordinates"),
    ("latitude nan by update", update(latitude=float("nan"), longitude=22.4), "invalid_coordinates"),
    # the municipality at initialisation
    ("bbox with inf", initialise(bbox=(-6.0, 22.3, float("inf"), 22.5)), "invalid_bbox"),
    ("bbox upside down", initialise(bbox=(-5.8, 22.3, -6.0, 22.5)), "invalid_bbox"),
    ("bbox out of range", initialise(bbox=(-6.0, 22.3, -5.8, 222.5)), "invalid_bbox"),
    ("unknown time zone", initialise(timezone="Africa/Atlantis"), "invalid_timezone"),
    ("control in municipality name", initialise(name="Kananga\x1b"), "control_character"),
    ("maximum per payment not positive", initialise(max_payment=0), "invalid_amount"),
    # the device clock
    ("clock before 2020", clock_set(datetime(1970, 1, 1, tzinfo=timezone.utc)), "clock_too_early"),
    ("clock 10 minutes behind the last event", clock_at(minutes=-10), "clock_behind"),
    ("clock two days ahead, not confirmed", clock_at(days=2), "clock_ahead"),
]


@pytest.mark.parametrize("act, code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_service_refuses_bad_input(ledger, taxpayer, act, code):
    ledger.open_session(0)
    events = ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(QuittanceError) as refused:
        act(ledger, taxpayer)
    assert refused.value.code == code
    assert refused.value.message("fr") != code  # a sentence in the catalogue, not a bare code
    after = ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert after - events <= 1  # only the one valid payment a void case needs first


def test_control_character_refusal_names_the_field_in_each_language(ledger):
    with pytest.raises(QuittanceError) as refused:
        ledger.register_taxpayer(name="Mwamba", address="Avenue\x00Lumumba")
    assert "« Adresse »" in refused.value.message("fr")
    assert '"Address"' in refused.value.message("en")
    assert '"Morada"' in refused.value.message("pt")


def test_clock_ahead_goes_through_once_confirmed_and_a_few_minutes_behind_is_tolerated(ledger, taxpayer):
    ledger.open_session(0)
    ledger.clock.moment = NOW - timedelta(minutes=4)  # network time pulled the clock back a little
    pay_ok(ledger, taxpayer)
    ledger.clock.moment = NOW + timedelta(days=3)
    ledger.confirm_clock_ahead()
    receipt = pay_ok(ledger, taxpayer)
    assert ledger.payment(receipt).issued_at.startswith("2026-11-25")
    assert ledger.verify().ok


def test_the_maximum_per_payment_is_the_municipality_setting(tmp_path):
    ledger = Ledger.open(tmp_path / "small.db", clock=FixedClock(NOW))
    ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF", max_payment=5_000_000), "T07",
                      [("Ilunga Kabeya", None)])
    assert ledger.municipality.payment_limit() == 5_000_000
    default = make_ledger(tmp_path / "default.db", clock=FixedClock(NOW))
    assert default.municipality.payment_limit() == 100_000_000 * 100  # CDF has two decimals
    taxpayer = add_assessed_taxpayer(default)
    default.open_session(0)
    with pytest.raises(QuittanceError) as refused:
        default.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000_000 * 100 + 1,
                    method="cash", advance=True)
    assert "100\u202f000\u202f000\u00a0CDF" in refused.value.message("fr")
    ledger.close()
    default.close()


def test_setting_the_clock_right_after_a_wrongly_confirmed_jump_is_asked_not_refused(ledger, taxpayer):
    ledger.open_session(0)
    pay_ok(ledger, taxpayer)
    ledger.clock.moment = NOW + timedelta(days=400)  # the agent confirmed a clock a year ahead by mistake
    ledger.confirm_clock_ahead()
    pay_ok(ledger, taxpayer)
    ledger.clock.moment = NOW + timedelta(hours=1)  # then set it right
    with pytest.raises(QuittanceError) as asked:
        pay_ok(ledger, taxpayer)
    assert asked.value.code == "clock_back_after_jump"
    ledger.confirm_clock_ahead()
    receipt = pay_ok(ledger, taxpayer)
    assert ledger.payment(receipt).issued_at.startswith("2026-11-22")
    ledger.clock.moment = NOW + timedelta(hours=2)
    pay_ok(ledger, taxpayer)  # and from then on the clock is checked from the corrected time
    jumps = [row[0] for row in ledger.store.conn.execute(
        "SELECT device_time FROM events WHERE type = 'device.clock_confirmed' ORDER BY seq")]
    assert len(jumps) == 2  # both changes are on the record for the supervisor
    assert ledger.verify().ok


def test_a_clock_set_back_past_a_confirmed_jump_is_still_refused(ledger, taxpayer):
    ledger.open_session(0)
    pay_ok(ledger, taxpayer)
    ledger.clock.moment = NOW + timedelta(days=400)
    ledger.confirm_clock_ahead()
    pay_ok(ledger, taxpayer)
    ledger.clock.moment = NOW - timedelta(days=30)  # before anything recorded before the jump
    ledger.confirm_clock_ahead()
    with pytest.raises(QuittanceError) as refused:
        pay_ok(ledger, taxpayer)
    assert refused.value.code == "clock_behind"
