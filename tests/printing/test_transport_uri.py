"""Printer addresses, the Bluetooth fallback message and the file transport."""
from __future__ import annotations

import socket

import pytest

from printing import links
from printing.errors import PrintError
from printing.links import parse_uri
from printing.transports import parse_status, send_job


@pytest.mark.parametrize("uri, expected", [
    ("bt://aa:bb:cc:dd:ee:ff", ("bt", "AA:BB:CC:DD:EE:FF", 1)),
    ("bt://AA:BB:CC:DD:EE:FF/3", ("bt", "AA:BB:CC:DD:EE:FF", 3)),
    ("tcp://192.168.1.50", ("tcp", "192.168.1.50", 9100)),
    ("tcp://printer.local:9101", ("tcp", "printer.local", 9101)),
    ("serial://COM5?baud=115200", ("serial", "COM5", 115200)),
    ("file:///tmp/recu.bin", ("file", "/tmp/recu.bin", 0)),
])
def test_valid_addresses(uri, expected):
    address = parse_uri(uri)
    assert (address.scheme, address.target, address.number) == expected


@pytest.mark.parametrize("uri", ["", "AA:BB:CC:DD:EE:FF", "bt://AA:BB:CC", "bt://AA:BB:CC:DD:EE:FF/x",
                                 "usb://printer", "tcp://", "tcp://host:port"])
def test_invalid_addresses_explain_the_expected_forms(uri):
    with pytest.raises(PrintError) as refused:
        parse_uri(uri)
    assert "Exemples : bt://AA:BB:CC:DD:EE:FF" in refused.value.message("fr")


def test_without_bluetooth_sockets_the_user_is_sent_to_the_serial_port(monkeypatch):
    monkeypatch.delattr(socket, "AF_BLUETOOTH", raising=False)
    with pytest.raises(PrintError) as refused:
        send_job("bt://AA:BB:CC:DD:EE:FF", b"\x1b@", retry_delay=0)
    assert refused.value.code == "bt_unsupported"
    assert "utilisez son port série" in refused.value.message("fr")
    assert "serial://COM5" in refused.value.message("en")
    assert not links.bluetooth_available()


def test_file_transport_writes_the_whole_job(tmp_path):
    target = tmp_path / "job.bin"
    report = send_job(target.as_uri(), b"\x1b@" + b"x" * 1000, chunk_bytes=100, pacing_ms=50,
                      sleep=lambda s: pytest.fail("no pacing for a file"))
    assert target.read_bytes() == b"\x1b@" + b"x" * 1000
    assert report.chunks == 11 and not report.status.answered


@pytest.mark.parametrize("reply, paper, cover", [
    (b"", "unknown", None),  # silence
    (b"\x12\x12", "ok", False),
    (b"\x16\x12", "ok", True),  # cover open
    (b"\x12\x7e", "out", False),
    (b"\x32", "out", False),  # only the first answer: 'stopped, paper end'
    (b"AB", "unknown", None),  # not status bytes: a printer that echoes junk is not 'paper OK'
])
def test_status_bytes(reply, paper, cover):
    status = parse_status(reply)
    assert (status.paper, status.cover_open) == (paper, cover)
