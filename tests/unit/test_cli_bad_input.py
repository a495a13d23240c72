"""Bad input on the command line, through a real `quittance` process: each case exits 2 with one
line in the municipality's language, and records nothing."""
from __future__ import annotations

from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from core.service import Ledger
from tests.conftest import FixedClock, add_assessed_taxpayer, make_ledger

from tests.cli_support import run as quittance  # PIN 1234: Ilunga Kabeya's, from make_ledger


def device(path: Path, clock=None) -> tuple[Path, str]:
    """A device with one assessed taxpayer and an open session, its events stamped by `clock`."""
    ledger = make_ledger(path, clock=clock)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    ledger.open_session(0)
    ledger.close()
    return path, taxpayer


@pytest.fixture(scope="module")
def field_device(tmp_path_factory) -> tuple[Path, str]:
    return device(tmp_path_factory.mktemp("cli") / "device.db")


def events(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]


PAY = ["pay", "--as", "Ilunga Kabeya", "--tax", "PAT", "--period", "2026", "--method", "cash", "--advance"]
INIT = ["init", "--municipality", "Commune de Kananga", "--currency", "CDF", "--device-code", "T09"]

CASES = [
    ("amount 1,5,5", PAY + ["--amount", "1,5,5"], "Montant invalide"),
    ("amount 1.2.3", PAY + ["--amount", "1.2.3"], "Montant invalide"),
    ("amount inf", PAY + ["--amount", "inf"], "Montant invalide"),
    ("amount nan", PAY + ["--amount", "nan"], "Montant invalide"),
    ("amount 1e5", PAY + ["--amount", "1e5"], "Montant invalide"),
    ("amount negative", PAY + ["--amount=-5000"], "Montant invalide"),
    ("amount empty", PAY + ["--amount", ""], "Montant invalide"),
    ("amount Arabic-Indic digits", PAY + ["--amount", "١٥٠٠٠"], "Montant invalide"),
    ("amount fullwidth digits", PAY + ["--amount", "１５０００"], "Montant invalide"),
    ("amount past int64", PAY + ["--amount", str(2**63)], "Montant trop élevé"),
    ("amount above the maximum per payment", PAY + ["--amount", "100 000 001"], "Montant trop élevé"),
    ("period fullwidth digits", PAY[:5] + ["--period", "２０２６", "--method", "cash", "--amount", "1000"],
     "２０２６"),
    ("escape in payment reference", PAY[:7] + ["--method", "mobile_money", "--reference", "MP\x1b[31m", "--amount",
                                               "1000"], "« Référence du paiement »"),
    ("escape in name", ["register", "--as", "Ilunga Kabeya", "--name", "Mwamba\x1b[2J"], "« Nom »"),
    ("C1 in business name", ["register", "--as", "Ilunga Kabeya", "--name", "Mwamba", "--business-name", "Boutique\x85"],
     "« Raison sociale »"),
    ("DEL in address", ["register", "--as", "Ilunga Kabeya", "--name", "Mwamba", "--address", "Avenue\x7f"], "« Adresse »"),
    ("bidi override in id number", ["register", "--as", "Ilunga Kabeya", "--name", "Mwamba", "--id-number", "0412\u202e88"],
     "« N° d'identification »"),
    ("latitude inf", ["register", "--as", "Ilunga Kabeya", "--name", "Mwamba", "--lat", "inf", "--lon", "22.4"], "Coordonnées invalides"),
    ("longitude nan", ["register", "--as", "Ilunga Kabeya", "--name", "Mwamba", "--lat", "-5.9", "--lon", "nan"], "Coordonnées invalides"),
    ("accuracy inf", ["register", "--as", "Ilunga Kabeya", "--name", "Mwamba", "--lat", "-5.9", "--lon", "22.4", "--accuracy", "inf"],
     "Coordonnées invalides"),
    ("accuracy nan", ["register", "--as", "Ilunga Kabeya", "--name", "Mwamba", "--lat", "-5.9", "--lon", "22.4", "--accuracy", "nan"],
     "Coordonnées invalides"),
    ("escape in void reason", ["void", "--as", "Ilunga Kabeya", "T07-2026-000001", "--reason", "erreur\x1b[2J"], "« Motif d'annulation »"),
    ("bbox with inf", INIT + ["--bbox=-6,22.3,inf,22.5"], "Emprise invalide"),
    ("bbox with three numbers", INIT + ["--bbox=-6,22.3,-5.8"], "Emprise invalide"),
    ("bbox with words", INIT + ["--bbox", "north,south,east,west"], "Emprise invalide"),
    ("unknown time zone", INIT + ["--timezone", "Africa/Atlantis"], "Fuseau horaire inconnu"),
    ("maximum per payment not an amount", INIT + ["--max-payment", "1,5,5"], "Montant invalide"),
]


@pytest.mark.parametrize("argv, needle", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_command_line_refuses_bad_input(field_device, tmp_path, argv, needle):
    db, taxpayer = field_device
    if argv[0] == "pay":
        argv = argv + ["--taxpayer", taxpayer]
    if argv[0] == "void":  # a real receipt to void
        paid = quittance(*PAY, "--taxpayer", taxpayer, "--amount", "1000", "--db", db)
        assert paid.returncode == 0, paid.stderr
        argv = ["void", "--as", "Ilunga Kabeya", paid.stdout.strip(), *argv[4:]]
    target = tmp_path / "new.db" if argv[0] == "init" else db
    before = events(db)
    done = quittance(*argv, "--db", target)
    assert done.returncode == 2, done.stdout + done.stderr
    assert needle in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert events(db) == before


def test_a_clock_behind_the_last_record_refuses_to_record(tmp_path):
    ahead = FixedClock(datetime.now(timezone.utc) + timedelta(hours=1))  # the last record is in our future
    db, taxpayer = device(tmp_path / "device.db", clock=ahead)
    done = quittance(*PAY, "--taxpayer", taxpayer, "--amount", "1000", "--db", db)
    assert done.returncode == 2
    assert "Réglez la date et l'heure" in done.stderr


def test_a_clock_a_day_ahead_needs_the_agent_to_confirm(tmp_path):
    behind = FixedClock(datetime.now(timezone.utc) - timedelta(days=2))  # the device was off for two days
    db, taxpayer = device(tmp_path / "device.db", clock=behind)
    refused = quittance(*PAY, "--taxpayer", taxpayer, "--amount", "1000", "--db", db)
    assert refused.returncode == 2 and "--clock-ahead-ok" in refused.stderr
    confirmed = quittance(*PAY, "--taxpayer", taxpayer, "--amount", "1000", "--db", db, "--clock-ahead-ok")
    assert confirmed.returncode == 0, confirmed.stderr
    assert confirmed.stdout.strip().startswith("T07-")


def test_init_takes_a_time_zone_and_a_maximum_per_payment(tmp_path):
    db = tmp_path / "device.db"
    done = quittance(*INIT, "--timezone", "Africa/Lubumbashi", "--max-payment", "5 000 000", "--db", db)
    assert done.returncode == 0, done.stderr
    ledger = sqlite3.open_ledger(db)  # made by the subprocess: its key from the envelope
    assert (ledger.municipality.timezone, ledger.municipality.payment_limit()) == ("Africa/Lubumbashi", 500_000_000)
    ledger.close()
    other = quittance(*INIT, "--db", tmp_path / "other.db")
    assert other.returncode == 0 and "UTC" in other.stderr  # no zone given: UTC, and it says so
