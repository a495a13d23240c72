"""Point averaging against replayed NMEA logs with a known spread (tests/fixtures/nmea/make_logs.py).

The expected mean and standard deviation are computed here, independently of core/gnss_average.py:
from the positions the generator wrote, on GeographicLib's geodesics (distance and azimuth from
the first fix), leaving out the outliers the generator planted."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from geographiclib.geodesic import Geodesic

from core.gnss_average import PointAverager, average
from core.gnss_fixes import read_fixes

LOGS = Path(__file__).resolve().parents[1] / "fixtures" / "nmea"


def truth(name: str) -> dict:
    return json.loads((LOGS / f"{name}.truth.json").read_text())


def fixes(name: str) -> list:
    return list(read_fixes((LOGS / f"{name}.nmea").read_text().splitlines()))


def expected(positions: list[list[float]]) -> tuple[float, float, float]:
    """(lat, lon, horizontal sample standard deviation in m) on geodesics from the first fix."""
    lat0, lon0 = positions[0]
    offsets = []
    for lat, lon in positions:
        line = Geodesic.WGS84.Inverse(lat0, lon0, lat, lon)
        azimuth = math.radians(line["azi1"])
        offsets.append((line["s12"] * math.sin(azimuth), line["s12"] * math.cos(azimuth)))
    mean_e = sum(e for e, _ in offsets) / len(offsets)
    mean_n = sum(n for _, n in offsets) / len(offsets)
    spread = math.sqrt(sum((e - mean_e) ** 2 + (n - mean_n) ** 2 for e, n in offsets) / (len(offsets) - 1))
    centre = Geodesic.WGS84.Direct(lat0, lon0, math.degrees(math.atan2(mean_e, mean_n)), math.hypot(mean_e, mean_n))
    return centre["lat2"], centre["lon2"], spread


@pytest.mark.parametrize("name", ["ublox_m8n", "phone_android"])
def test_averaging_discards_the_planted_outliers_and_reports_the_spread(name: str) -> None:
    known = truth(name)
    located = [fix for fix in fixes(name) if fix.has_fix]
    read = [value for f in located for value in (f.latitude, f.longitude)]
    assert read == pytest.approx([value for p in known["positions"] for value in p], abs=1e-8)
    averager = PointAverager(len(located))
    for fix in located:
        averager.add(fix)
    point = averager.result()
    kept = [p for i, p in enumerate(known["positions"]) if i not in known["outliers"]]
    lat, lon, spread = expected(kept)
    assert point.discarded == len(known["outliers"]) and point.used == len(kept)
    assert point.latitude == pytest.approx(lat, abs=2e-8)  # about 2 mm
    assert point.longitude == pytest.approx(lon, abs=2e-8)
    assert point.accuracy_m == pytest.approx(spread, rel=1e-3, abs=2e-3)
    # and the spread is what the generator drew: sigma per axis, so about sigma * sqrt(2) horizontally
    assert 0.6 < point.accuracy_m / (known["sigma_m"] * math.sqrt(2)) < 1.4


def test_rtk_log_fixed_epochs_average_to_centimetres() -> None:
    known = truth("emlid_reach_rtk")
    read = fixes("emlid_reach_rtk")
    assert [f.fix_type for f in read] == known["kinds"]  # GGA quality 5/4 and GNS F/R
    fixed = [f for f in read if f.fix_type == "rtk_fixed"]
    averager = PointAverager(10)
    for fix in fixed:
        if averager.add(fix):
            break
    point = averager.result()
    first_ten = known["positions"][8:18]
    lat, lon, spread = expected(first_ten)
    assert (point.used, point.discarded) == (10, 0)  # a tight RTK cluster loses nothing
    assert point.accuracy_m == pytest.approx(spread, abs=1e-3)  # the result is rounded to the millimetre
    assert point.latitude == pytest.approx(lat, abs=1e-8) and point.longitude == pytest.approx(lon, abs=1e-8)
    assert point.accuracy_m < 0.05


def test_no_fix_stretch_and_damaged_sentences_are_counted_not_averaged() -> None:
    known = truth("ublox_m8n")
    read = fixes("ublox_m8n")
    searching = [f for f in read if not f.has_fix]
    assert len(searching) == known["no_fix_epochs"]
    assert all(f.fix_type == "none" and f.latitude is None for f in searching)
    averager = PointAverager(3)
    for fix in searching:
        averager.add(fix)
    assert averager.fixes == [] and not averager.done


def test_status_reports_satellites_in_view_over_constellations_and_hdop() -> None:
    read = [f for f in fixes("phone_android") if f.has_fix]
    assert {f.satellites_in_view for f in read} == {truth("phone_android")["in_view"]}  # GP 8 + GL 4 + GA 3
    assert read[0].satellites_used == 8 and read[0].hdop == 1.3 and read[0].fix_type == "3d"
    assert read[0].accuracy_m == pytest.approx(2 * 1.3 * 5.0) and read[0].basis == "hdop"


def test_identical_fixes_and_a_single_fix_keep_the_fixes_own_accuracy() -> None:
    same = average([(-5.8962, 22.4171)] * 5, single_accuracy=3.5)
    assert same.accuracy_m == 3.5 and same.discarded == 0  # a held position's scatter says nothing
    assert average([(-5.8962, 22.4171)] * 5).accuracy_m is None
    one = average([(-5.8962, 22.4171)], single_accuracy=4.2)
    assert one.accuracy_m == 4.2 and one.used == 1
