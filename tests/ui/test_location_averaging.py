"""The registration form's position: averaged fixes (a recorded u-blox log with a known spread),
the accuracy class against the municipality's limits, and the receiver's status, RTK included."""
from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest
from geographiclib.geodesic import Geodesic
from PySide6.QtCore import Qt

from desktop import theme
from tests.ui.conftest import WAIT_MS, log_in

LOGS = Path(__file__).resolve().parents[1] / "fixtures" / "nmea"
SHOTS = Path(os.environ.get("QUITTANCE_SHOTS", "/tmp/quittance-shots"))


def _capture(qtbot, window, demo_ledger, log: str, **gps):  # noqa: ANN001, ANN003
    demo_ledger.save_setting("gps", {"source": "file", "file": str(LOGS / log), "replay_interval_ms": 20,
                                     "uere_m": 5.0, **gps})
    log_in(qtbot, window)
    window.resize(1024, 600)
    qtbot.mouseClick(window.rail.buttons["new"], Qt.MouseButton.LeftButton)
    panel = window.form.location_panel
    qtbot.mouseClick(panel.capture_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.location() is not None, timeout=WAIT_MS)
    return panel


def _spread(positions) -> float:  # noqa: ANN001 - GeographicLib, independently of core/gnss_average.py
    lat0, lon0 = positions[0]
    offsets = []
    for lat, lon in positions:
        line = Geodesic.WGS84.Inverse(lat0, lon0, lat, lon)
        offsets.append((line["s12"] * math.sin(math.radians(line["azi1"])),
                        line["s12"] * math.cos(math.radians(line["azi1"]))))
    me, mn = (sum(o[i] for o in offsets) / len(offsets) for i in (0, 1))
    return math.sqrt(sum((e - me) ** 2 + (n - mn) ** 2 for e, n in offsets) / (len(offsets) - 1))


def test_the_position_kept_is_the_mean_of_ten_fixes_with_their_spread(qtbot, window, demo_ledger) -> None:
    panel = _capture(qtbot, window, demo_ledger, "ublox_m8n.nmea", threshold_m=15.0, average_count=10,
                     good_m=1.0, fair_m=2.0)
    first_ten = json.loads((LOGS / "ublox_m8n.truth.json").read_text())["positions"][:10]  # no outlier among them
    kept = panel.location()
    assert kept.latitude == pytest.approx(sum(p[0] for p in first_ten) / 10, abs=2e-7)
    assert kept.longitude == pytest.approx(sum(p[1] for p in first_ten) / 10, abs=2e-7)
    assert kept.accuracy_m == pytest.approx(round(_spread(first_ten), 1), abs=0.051)
    # 2 to 3 m against this municipality's limits of 1 m (good) and 2 m (fair): poor
    assert f"(Faible — ± {kept.accuracy_m:.1f}".replace(".", ",") in panel.status.text()
    assert "Moyenne de 10 positions ; 0 écartée(s), trop loin des autres." in panel.status.text()
    assert panel.gnss_status.text() == "3D · satellites 9 utilisés / 16 visibles · HDOP 1,0"  # the last fix: index 9


def test_rtk_fixed_is_shown_when_the_receiver_says_so(qtbot, window, demo_ledger) -> None:
    panel = _capture(qtbot, window, demo_ledger, "emlid_reach_rtk.nmea", threshold_m=0.1, average_count=1)
    assert panel.gnss_status.text() == "RTK fixe · satellites 24 utilisés · HDOP 0,6"
    assert panel.location().accuracy_m == pytest.approx(0.1, abs=0.05)


def test_while_averaging_the_progress_and_live_class_show(qtbot, window, demo_ledger) -> None:
    demo_ledger.save_setting("gps", {"source": "file", "file": str(LOGS / "phone_android.nmea"),
                                     "replay_interval_ms": 200, "uere_m": 5.0, "threshold_m": 15.0,
                                     "average_count": 50, "good_m": 5.0, "fair_m": 15.0})
    log_in(qtbot, window)
    qtbot.mouseClick(window.rail.buttons["new"], Qt.MouseButton.LeftButton)
    panel = window.form.location_panel
    qtbot.mouseClick(panel.capture_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Moyenne de la position" in panel.status.text(), timeout=WAIT_MS)
    assert panel.live_label.text().startswith("Moyenne — ± 13,0 m")  # 2 x HDOP 1.3 x 5 m: fair
    assert panel.live_label.styleSheet() == f"color: {theme.WARN_INK};"
    # the log ends before 50 fixes: the mean of the 20 that came is kept
    qtbot.waitUntil(lambda: panel.location() is not None, timeout=WAIT_MS)
    assert "Moyenne de 19 positions ; 1 écartée(s)" in panel.status.text()


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_screenshot(qtbot, window, demo_ledger, language) -> None:
    window.set_language(language)
    panel = _capture(qtbot, window, demo_ledger, "ublox_m8n.nmea", threshold_m=15.0, average_count=10)
    qtbot.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SHOTS / f"location_panel_{language}.png"))
    assert window.grab().save(str(SHOTS / f"location_form_{language}.png"))
