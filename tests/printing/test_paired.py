"""The paired printers the wizard lists (printing/paired.py): BlueZ's paired devices as `bt://`
addresses, the serial ports as `serial://`, read through the real `busctl` call. This machine
has no Bluetooth, so `busctl` is a stand-in on PATH that prints what BlueZ answers on a tablet
paired with a printer, a phone and a headset (the JSON shape `busctl --json=short` writes)."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from printing.links import parse_uri
from printing.paired import PairedPrinter, SystemPrinterDiscovery, bluez_printers

SPP = "00001101-0000-1000-8000-00805f9b34fb"


def _device(address: str, name: str, paired: bool, uuids: list[str] | None, device_class: int | None = None) -> dict:
    props = {"Address": {"type": "s", "data": address}, "Name": {"type": "s", "data": name},
             "Alias": {"type": "s", "data": name}, "Paired": {"type": "b", "data": paired}}
    if uuids is not None:
        props["UUIDs"] = {"type": "as", "data": uuids}
    if device_class is not None:
        props["Class"] = {"type": "u", "data": device_class}
    return {"org.bluez.Device1": props, "org.freedesktop.DBus.Properties": {}}


BLUEZ = {"type": "a{oa{sa{sv}}}", "data": [{
    "/org/bluez/hci0": {"org.bluez.Adapter1": {"Address": {"type": "s", "data": "00:1A:7D:DA:71:13"}}},
    "/org/bluez/hci0/dev_66_22_B2_11_0A_01": _device("66:22:b2:11:0a:01", "MTP-II", True, [SPP]),
    "/org/bluez/hci0/dev_DC_0D_30_00_12_34": _device("DC:0D:30:00:12:34", "Printer001", True, [], 0x040680),
    "/org/bluez/hci0/dev_A4_50_46_00_00_01": _device("A4:50:46:00:00:01", "Phone of Ilunga", True,
                                                     ["0000110a-0000-1000-8000-00805f9b34fb"], 0x5A020C),
    "/org/bluez/hci0/dev_00_11_22_33_44_55": _device("00:11:22:33:44:55", "Unpaired printer", False, [SPP]),
    "/org/bluez/hci0/dev_00_11_22_33_44_66": _device("00:11:22:33:44:66", "Imaging thing", True,
                                                     ["0000111e-0000-1000-8000-00805f9b34fb"], 0x000680),
}]}


def test_paired_printers_are_kept_and_phones_left_out():
    found = bluez_printers(BLUEZ)
    assert found == [PairedPrinter("Imaging thing", "bt://00:11:22:33:44:66", "bluetooth"),
                     PairedPrinter("MTP-II", "bt://66:22:B2:11:0A:01", "bluetooth"),
                     PairedPrinter("Printer001", "bt://DC:0D:30:00:12:34", "bluetooth")]
    for printer in found:  # each is an address the printing accepts as it is
        assert parse_uri(printer.uri).scheme == "bt"


def test_nothing_from_bluez_is_no_printer():
    assert bluez_printers({}) == [] and bluez_printers({"data": []}) == []
    assert bluez_printers({"data": [{"/org/bluez/hci0": {"org.bluez.Adapter1": {}}}]}) == []


def _busctl(folder: Path, answer: str, code: int = 0) -> None:
    script = folder / "busctl"
    script.write_text(f"#!/bin/sh\ncat <<'EOF'\n{answer}\nEOF\nexit {code}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_the_system_discovery_calls_busctl_and_lists_bluez_first(tmp_path, monkeypatch):
    _busctl(tmp_path, json.dumps(BLUEZ))
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    found = SystemPrinterDiscovery().paired()
    assert [p.uri for p in found[:3]] == ["bt://00:11:22:33:44:66", "bt://66:22:B2:11:0A:01", "bt://DC:0D:30:00:12:34"]
    for printer in found[3:]:  # whatever serial ports this machine has
        assert printer.kind == "serial" and parse_uri(printer.uri).scheme == "serial"
    assert len({p.uri for p in found}) == len(found)


def test_no_bluez_or_a_refusing_bus_lists_the_serial_ports_only(tmp_path, monkeypatch):
    _busctl(tmp_path, "Failed to connect to bus: No such file or directory", code=1)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert all(p.kind == "serial" for p in SystemPrinterDiscovery().paired())
    _busctl(tmp_path, "not json")
    assert all(p.kind == "serial" for p in SystemPrinterDiscovery().paired())
