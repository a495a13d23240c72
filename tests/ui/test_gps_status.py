"""GPS status in plain words: an accuracy in metres and a grade (good, fair, poor, no fix), with
the receiver's figures (HDOP, satellites, fix type, age) behind a Details button. A negative,
NaN or infinite HDOP is never shown."""
from __future__ import annotations

import math
from functools import reduce

import pytest
from PySide6.QtCore import Qt

from desktop import theme
from desktop.gnss.capture import Fix
from desktop.gnss.details import details_text
from desktop.gnss.nmea import parse_gga
from desktop.gnss.quality import FAIR_M, GOOD_M, grade
from tests.ui.conftest import WAIT_MS


def nmea(body: str) -> str:
    return f"${body}*{reduce(lambda acc, c: acc ^ ord(c), body, 0):02X}"


def epoch(second: int, hdop: str, quality: str = "1") -> list[str]:
    """One second of a receiver's output; quality 0 is a receiver still searching (no fix)."""
    stamp = f"1015{second:02d}.00"
    status, mode = ("A", "3") if quality != "0" else ("V", "1")
    return [nmea(f"GPRMC,{stamp},{status},0553.7600,S,02225.0200,E,0.0,,221126,,,{'A' if status == 'A' else 'N'}"),
            nmea(f"GPGGA,{stamp},0553.7600,S,02225.0200,E,{quality},09,{hdop},640.0,M,19.8,M,,"),
            nmea(f"GPGSA,A,{mode},04,05,09,12,17,20,25,29,31,,,,1.8,{hdop},1.5")]


@pytest.mark.parametrize("accuracy, expected", [
    (0.5, "good"), (GOOD_M, "good"), (5.1, "fair"), (FAIR_M, "fair"), (15.1, "poor"), (250.0, "poor"),
    (None, "unknown"), (math.nan, "unknown"), (math.inf, "unknown"), (-3.0, "unknown")])
def test_grades(accuracy, expected):
    assert grade(accuracy) == expected
    assert grade(accuracy, has_fix=False) == "none"


@pytest.mark.parametrize("hdop", ["-5.89", "nan", "inf", "-inf", "0", ""])
def test_a_meaningless_hdop_is_not_reported(hdop):
    details = parse_gga(nmea(f"GPGGA,101500.00,0553.7600,S,02225.0200,E,1,05,{hdop},640.0,M,19.8,M,,"))
    assert details is not None and details.hdop is None and details.satellites == 5
    shown = details_text(Fix(5.8960, 22.4170, None, "unknown", "external-gnss", "2026-11-22T10:15:00.000Z",
                             hdop=float(hdop) if hdop else None), lambda v: f"{v:.1f}")
    assert "HDOP: not reported" in shown
    assert not any(word in shown for word in ("nan", "inf", "-5.9", "-5.89", "± -"))


WORDS = {
    "fr": {"none": "Pas de position", "good": "Bonne — ± 4,0 m", "fair": "Moyenne — ± 12,0 m",
           "poor": "Faible — ± 20,0 m", "unknown": "Précision inconnue", "details": "Détails",
           "hide": "Masquer les détails", "hdop": "HDOP : 0,4", "sats": "Satellites utilisés : 9",
           "type": "Type de position : GPS, 3D", "age": "Âge de la position : ", "no_hdop": "HDOP : non indiqué"},
    "en": {"none": "No fix", "good": "Good — ± 4.0 m", "fair": "Fair — ± 12.0 m", "poor": "Poor — ± 20.0 m",
           "unknown": "Accuracy unknown", "details": "Details", "hide": "Hide details", "hdop": "HDOP: 0.4",
           "sats": "Satellites in use: 9", "type": "Fix type: GPS, 3D", "age": "Age of the fix: ",
           "no_hdop": "HDOP: not reported"},
    "pt": {"none": "Sem posição", "good": "Boa — ± 4,0 m", "fair": "Razoável — ± 12,0 m",
           "poor": "Fraca — ± 20,0 m", "unknown": "Precisão desconhecida", "details": "Detalhes",
           "hide": "Ocultar detalhes", "hdop": "HDOP: 0,4", "sats": "Satélites em uso: 9",
           "type": "Tipo de posição: GPS, 3D", "age": "Idade da posição: ", "no_hdop": "HDOP: não indicado"},
}
COLOURS = {"none": theme.MUTED, "good": theme.OK, "fair": theme.WARN_INK, "poor": theme.DANGER,
           "unknown": theme.MUTED}


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_the_form_shows_accuracy_in_words_with_details_on_demand(qtbot, logged_in, demo_ledger, tmp_path,
                                                                 language):
    log = tmp_path / "searching.nmea"  # a receiver that has not found its position yet
    log.write_text("\r\n".join(line for s in range(3) for line in epoch(s, "99.9", quality="0")) + "\r\n",
                   encoding="ascii")
    demo_ledger.save_setting("gps", {"source": "file", "file": str(log), "replay_interval_ms": 20,
                                     "threshold_m": 1.0, "uere_m": 5.0})
    logged_in.set_language(language)
    words = WORDS[language]
    qtbot.mouseClick(logged_in.rail.buttons["new"], Qt.MouseButton.LeftButton)
    panel = logged_in.form.location_panel
    qtbot.mouseClick(panel.capture_button, Qt.MouseButton.LeftButton)

    def shows(code: str) -> None:
        assert panel.live_label.isVisible() and panel.live_label.property("quality") == code
        assert COLOURS[code] in panel.live_label.styleSheet()

    assert panel.live_label.text() == words["none"]
    shows("none")
    assert not panel.details_button.isVisible()  # nothing to detail yet
    qtbot.waitUntil(lambda: panel.capture._driver is not None and panel.capture._driver._index >= 3,
                    timeout=WAIT_MS)  # the whole log of a searching receiver has played
    assert panel.live is None and panel.live_label.text() == words["none"]

    # The receiver finds its position: the same capture, now fed sentence by sentence.
    feed = panel.capture.start_nmea(5.0)
    for second, hdop, code in ((10, "0.4", "good"), (20, "1.2", "fair"), (30, "2.0", "poor"),
                               (40, "-5.89", "unknown")):
        for sentence in epoch(second, hdop) + epoch(second + 1, hdop):  # Qt reports an epoch once it ends
            feed.push((sentence + "\r\n").encode())
        qtbot.waitUntil(lambda s=second + 1: panel.live is not None
                        and panel.live.fix_time.endswith(f"15:{s:02d}.000Z"), timeout=WAIT_MS)
        assert panel.live_label.text() == words[code]
        shows(code)
        assert panel.details_button.isVisible() and panel.details_button.height() >= 44
        if code == "good":
            assert not panel.details.isVisible()
            assert panel.details_button.text() == words["details"]
            qtbot.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)  # a tap: no hover on a tablet
            assert panel.details.isVisible() and panel.details_button.text() == words["hide"]
            details = panel.details.text()
            for key in ("hdop", "sats", "type", "age"):
                assert words[key] in details, (key, details)
        if code == "unknown":
            details = panel.details.text()
            assert words["no_hdop"] in details
            assert "-5" not in details.replace("-5.896000", "")  # only the latitude is negative
            assert "HDOP" not in panel.live_label.text() + panel.status.text()
    assert "HDOP" not in panel.status.text() and "5.896" not in panel.status.text()  # the old jargon line
    qtbot.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)
    assert not panel.details.isVisible() and panel.details_button.text() == words["details"]
    panel.stop()
