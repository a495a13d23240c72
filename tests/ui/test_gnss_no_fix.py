"""No fix is no position: four receivers' dialects, each switched on without a fix and then
acquiring one (logs in tests/ui/data/receivers, made by make_receiver_logs.py). Coordinates in a
sentence that says "no fix", cut short, absurd or with a wrong checksum never reach a capture."""
from __future__ import annotations

import math
from functools import reduce
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.gnss.capture import PositionCapture
from desktop.gnss.nmea import checksum_ok, gate, sentence_type, split_epochs
from tests.ui.conftest import WAIT_MS

LOGS = Path(__file__).parent / "data" / "receivers"
# dialect: (where the fix is, UTC time of the first epoch with a fix)
ACQUIRED = {
    "ublox": ((-5.896200, 22.417100), "2026-11-22T10:15:06.000Z"),
    "mediatek": ((-11.660900, 27.479400), "2026-11-22T10:15:12.000Z"),
    "sirf": ((-8.838300, 13.234400), "2026-11-22T10:15:23.000Z"),
    "skytraq": ((5.336400, -4.026700), "2026-11-22T10:15:34.000Z"),
}


def nmea(body: str) -> str:
    return f"${body}*{reduce(lambda acc, c: acc ^ ord(c), body, 0):02X}"


def log_lines(dialect: str) -> list[str]:
    return (LOGS / f"{dialect}.nmea").read_text(encoding="ascii").splitlines()


def metres_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = (a[0] - b[0]) * 111_320
    dlon = (a[1] - b[1]) * 111_320 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


@pytest.mark.parametrize("dialect", sorted(ACQUIRED))
def test_the_logs_start_searching_and_speak_their_dialect(dialect):
    lines = log_lines(dialect)
    proprietary = {"ublox": "$PUBX", "mediatek": "$PMTK", "sirf": "$PSRF", "skytraq": "$PSTI"}[dialect]
    assert any(line.startswith(proprietary) for line in lines)
    first_position = next(line for line in lines if (sentence_type(line) or ("", ""))[1] in ("GGA", "RMC"))
    assert ",V," in first_position or ",0,0" in first_position  # the receiver starts without a fix
    broken = [line for line in lines if not checksum_ok(line)]
    assert len(broken) == (2 if dialect == "skytraq" else 0)  # one cut short, one with a changed byte


@pytest.mark.parametrize("dialect", sorted(ACQUIRED))
def test_no_position_sentence_passes_before_the_fix(dialect):
    first_fix = ACQUIRED[dialect][1][11:19].replace(":", "")
    passed = [sentence for sentence in map(gate, log_lines(dialect)) if sentence]
    positions = [p for p in passed if sentence_type(p)[1] in ("GGA", "RMC", "GLL")]
    assert positions, "the fix, once acquired, passes"
    assert all(p.split(",")[1 if "GLL" not in p else 5][:6] >= first_fix for p in positions)
    assert all(checksum_ok(p) for p in passed)
    assert not any(p.startswith("$P") for p in passed)


@pytest.mark.parametrize("dialect", sorted(ACQUIRED))
def test_capture_gives_only_the_acquired_position(qtbot, dialect):
    place, first_fix = ACQUIRED[dialect]
    capture = PositionCapture()
    fixes: list = []
    capture.fixed.connect(fixes.append)
    feed = capture.start_nmea(5.0)
    for epoch in split_epochs(log_lines(dialect)):
        feed.push(("\r\n".join(epoch) + "\r\n").encode("ascii"))
    qtbot.waitUntil(lambda: len(fixes) >= 3, timeout=WAIT_MS)
    capture.stop()
    for fix in fixes:
        assert metres_between((fix.latitude, fix.longitude), place) < 30, fix
        assert fix.fix_time >= first_fix, fix
        assert fix.accuracy_m is None or 0 < fix.accuracy_m < 50


@pytest.mark.parametrize("sentence", [
    nmea("GPGGA,101500.00,0553.7600,S,02225.0200,E,0,00,,,M,,M,,"),  # quality 0: no fix
    nmea("GPGGA,101500.00,0553.7600,S,02225.0200,E,6,05,1.5,640.0,M,19.8,M,,"),  # dead reckoning
    nmea("GPRMC,101500.00,V,0553.7600,S,02225.0200,E,0.0,,221126,,,N"),  # status V
    nmea("GPRMC,101500.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,N"),  # mode N
    nmea("GPGLL,0553.7600,S,02225.0200,E,101500.00,V,N"),
    nmea("GNGSA,A,1,,,,,,,,,,,,,99.99,99.99,99.99"),  # mode 1: no fix
    nmea("GPGGA,101500.00,8960.000000,N,00000.000000,E,1,05,1.5,137.0,M,13.0,M,,"),  # 60 minutes
    nmea("GPGGA,101500.00,9100.0000,N,02225.0200,E,1,05,1.5,640.0,M,19.8,M,,"),  # latitude 91
    nmea("GPGGA,101500.00,0553.7600,S,18100.0000,E,1,05,1.5,640.0,M,19.8,M,,"),  # longitude 181
    nmea("GPGGA,101500.00,0553.7600,X,02225.0200,E,1,05,1.5,640.0,M,19.8,M,,"),  # no hemisphere X
    nmea("GPGGA,251500.00,0553.7600,S,02225.0200,E,1,05,1.5,640.0,M,19.8,M,,"),  # hour 25
    nmea("GPGGA,101500.00,0553.7600,S,02225.0200,E,1,05"),  # cut short, checksum of what is left
    nmea("GPGGA,101500.00,inf,S,02225.0200,E,1,05,1.5,640.0,M,19.8,M,,"),
    "$GPGGA,101500.00,0553.7600,S,02225.0200,E,1,05,1.5,640.0,M,19.8,M,,*00",  # wrong checksum
    "$GPGGA,101500.00,0553.7600,S,02225.0200,E,1,05,1.5,640.0,M,19.8,M,,",  # no checksum
])
def test_the_gate_drops_no_fix_absurd_and_cut_sentences(sentence):
    assert gate(sentence) is None


@pytest.mark.parametrize("hdop", ["-5.89", "", "nan", "0"])
def test_a_negative_or_missing_hdop_is_unknown_accuracy(qtbot, hdop):
    capture = PositionCapture()
    fixes: list = []
    capture.fixed.connect(fixes.append)
    feed = capture.start_nmea(5.0)
    for sentence in (nmea("GPRMC,101500.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,A"),
                     nmea(f"GPGGA,101500.00,0553.7600,S,02225.0200,E,1,05,{hdop},640.0,M,19.8,M,,"),
                     nmea("GPRMC,101501.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,A")):
        feed.push((sentence + "\r\n").encode())
    qtbot.waitUntil(lambda: len(fixes) >= 1, timeout=WAIT_MS)
    capture.stop()
    assert fixes[0].accuracy_m is None
    assert fixes[0].latitude == pytest.approx(-5.896)


def test_the_form_shows_a_negative_hdop_as_unknown_accuracy(qtbot, logged_in, demo_ledger, tmp_path):
    log = tmp_path / "negative-hdop.nmea"
    epochs = [[nmea(f"GPRMC,1015{s:02d}.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,A"),
               nmea(f"GPGGA,1015{s:02d}.00,0553.7600,S,02225.0200,E,1,05,-5.89,640.0,M,19.8,M,,")]
              for s in range(10)]
    log.write_text("\r\n".join(line for epoch in epochs for line in epoch) + "\r\n", encoding="ascii")
    demo_ledger.save_setting("gps", {"source": "file", "file": str(log), "replay_interval_ms": 20,
                                     "threshold_m": 10.0, "uere_m": 5.0})
    qtbot.mouseClick(logged_in.rail.buttons["new"], Qt.MouseButton.LeftButton)
    panel = logged_in.form.location_panel
    qtbot.mouseClick(panel.capture_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.live is not None, timeout=WAIT_MS)
    qtbot.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)  # how accuracy was obtained: in the details
    shown = panel.live_label.text() + panel.status.text() + panel.accept_button.text() + panel.details.text()
    assert panel.live_label.text() == "Précision inconnue"
    assert "non indiquée par le récepteur" in panel.details.text()
    assert "HDOP : non indiqué" in panel.details.text()
    not_coordinates = [line for line in shown.splitlines() if not line.startswith("Coordonnées")]
    assert "± -" not in shown and not any("5,89" in line or "5.89" in line for line in not_coordinates)
    # The button says what is kept: "Accepter précision inconnue" read as an order.
    wanted = {"fr": "Accepter sans précision connue", "en": "Accept without known accuracy",
              "pt": "Aceitar sem precisão conhecida"}
    for language, text in wanted.items():
        logged_in.set_language(language)
        qtbot.waitUntil(lambda: panel.accept_button.text() == text, timeout=WAIT_MS)
        assert panel.accept_button.isVisible() and panel.accept_button.height() >= 44
    panel.stop()
