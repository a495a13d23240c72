"""NMEA as real receivers send it: GP, GN and GL talkers through QtPositioning, accuracy from
GST when present, otherwise 2 x HDOP x the configured range error (UERE)."""
from __future__ import annotations

from functools import reduce

import pytest

from desktop.gnss.capture import PositionCapture
from desktop.gnss.feed import NmeaFeed
from desktop.gnss.nmea import checksum_ok, parse_gst, sentence_type, split_epochs
from tests.ui.conftest import NMEA_LOG, WAIT_MS


def nmea(body: str) -> str:
    return f"${body}*{reduce(lambda acc, c: acc ^ ord(c), body, 0):02X}"


def test_checksums_and_talkers():
    good = nmea("GNGGA,143105.00,0553.7678,S,02225.0299,E,1,12,0.9,637.4,M,19.8,M,,")
    assert checksum_ok(good)
    assert not checksum_ok(good[:-2] + "00")
    assert not checksum_ok("$GNGGA,143105.00,0553.7678,S")  # no checksum at all
    assert sentence_type(good) == ("GN", "GGA")
    assert sentence_type(nmea("GLGSV,2,1,06")) == ("GL", "GSV")
    assert sentence_type("$PUBX,00") is None


def test_gst_gives_a_95_percent_horizontal_estimate():
    estimate = parse_gst(nmea("GNGST,143116.00,3.3,1.9,1.2,35.0,1.8,1.4,2.4"))
    assert estimate.time_ms == ((14 * 60 + 31) * 60 + 16) * 1000
    assert estimate.horizontal_m == pytest.approx(2 * (1.8 ** 2 + 1.4 ** 2) ** 0.5)
    assert parse_gst(nmea("GPGST,143116.00,,,,,,,")) is None  # no estimate yet


@pytest.mark.parametrize("sigmas", ["inf,1.4", "nan,nan", "1.8,-1.4", "1e999,1.4"])
def test_a_gst_without_a_finite_estimate_gives_no_accuracy(sigmas):
    """`inf` and `nan` parsed as floats became an accuracy of inf or nan metres."""
    assert parse_gst(nmea(f"GNGST,143116.00,3.3,1.9,1.2,35.0,{sigmas},2.4")) is None


def test_a_checksum_is_exactly_two_hex_digits():
    good = nmea("GPGGA,101500.00,0553.7600,S,02225.0200,E,1,05,1.5,640.0,M,19.8,M,,")
    assert checksum_ok(good) and checksum_ok(good[:-2] + good[-2:].lower())
    assert not checksum_ok(good + "ZZ")  # bytes glued on by a link that dropped the line end
    body = "GPTXT,01,01,02,!`"  # its checksum is 0C: "*C" is one digit of it, not a checksum
    assert checksum_ok(f"${body}*0C") and not checksum_ok(f"${body}*C")


def test_the_shipped_log_mixes_gp_and_gn_with_gst():
    lines = NMEA_LOG.read_text().splitlines()
    kinds = {sentence_type(line) for line in lines}
    assert {("GP", "GGA"), ("GP", "RMC"), ("GN", "GGA"), ("GN", "RMC"), ("GN", "GST"), ("GL", "GSV")} <= kinds
    assert all(checksum_ok(line) for line in lines)
    assert len(split_epochs(lines)) == 32


def _fixes(qtbot, sentences: list[str], uere: float = 5.0) -> list:  # noqa: ANN001
    capture = PositionCapture()
    fixes: list = []
    capture.fixed.connect(fixes.append)
    feed = capture.start_nmea(uere)
    for sentence in sentences:
        feed.push((sentence + "\r\n").encode())
    qtbot.waitUntil(lambda: len(fixes) >= 1, timeout=WAIT_MS)
    capture.stop()
    return fixes


@pytest.mark.parametrize("talker", ["GP", "GN", "GL"])
def test_every_talker_gives_a_position(qtbot, talker):
    fixes = _fixes(qtbot, [
        nmea(f"{talker}RMC,101500.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,A"),
        nmea(f"{talker}GGA,101500.00,0553.7600,S,02225.0200,E,1,09,1.5,640.0,M,19.8,M,,"),
        nmea(f"{talker}RMC,101501.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,A"),
    ])
    fix = fixes[0]
    assert fix.latitude == pytest.approx(-5.896) and fix.longitude == pytest.approx(22.417)
    assert fix.source == "external-gnss" and fix.fix_time == "2026-11-22T10:15:00.000Z"


def test_accuracy_from_hdop_uses_the_range_error(qtbot):
    epoch = [nmea("GPRMC,101500.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,A"),
             nmea("GPGGA,101500.00,0553.7600,S,02225.0200,E,1,09,1.5,640.0,M,19.8,M,,"),
             nmea("GPRMC,101501.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,A")]
    assert _fixes(qtbot, epoch, uere=5.0)[0].accuracy_m == pytest.approx(15.0)  # 2 x 1.5 x 5
    assert _fixes(qtbot, epoch, uere=2.0)[0].accuracy_m == pytest.approx(6.0)
    assert _fixes(qtbot, epoch)[0].basis == "hdop"


def test_gst_wins_over_hdop_for_the_same_epoch(qtbot):
    fixes = _fixes(qtbot, [
        nmea("GNRMC,101500.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,A"),
        nmea("GNGGA,101500.00,0553.7600,S,02225.0200,E,1,18,1.5,640.0,M,19.8,M,,"),
        nmea("GNGST,101500.00,2.0,1.5,1.0,30.0,1.2,0.9,2.0"),
        nmea("GNRMC,101501.00,A,0553.7600,S,02225.0200,E,0.0,,221126,,,A"),
    ])
    assert fixes[0].basis == "gst" and fixes[0].accuracy_m == pytest.approx(3.0)


def test_an_unreadable_receiver_is_reported(qtbot):
    capture = PositionCapture()
    messages: list[str] = []
    capture.failed.connect(messages.append)
    capture.start({"source": "serial", "port": "/dev/quittance-no-such-port", "baud": 9600})
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT_MS)
    assert "GNSS" in messages[0]
    assert not capture.running


def test_feed_keeps_lines_split_across_reads():
    feed = NmeaFeed()
    sentence = nmea("GNGST,101500.00,2.0,1.5,1.0,30.0,1.2,0.9,2.0")
    feed.push(sentence[:20].encode())
    feed.push((sentence[20:] + "\r\n").encode())
    assert feed.gst_at(((10 * 60 + 15) * 60) * 1000) is not None
    assert feed.canReadLine()
