"""The printers this device is already paired with, as printer addresses (printing/links.py).

Two places know them: BlueZ (Linux), whose paired Bluetooth devices become `bt://MAC`, read
through `busctl` on the system bus (no D-Bus library to ship); and the serial ports the system
lists (pyserial), where Windows puts a paired Bluetooth printer ("Standard Serial over Bluetooth
link (COM5)") and Linux an `rfcomm` binding or a USB printer, each `serial://PORT`.

`PrinterDiscovery` is the interface the first-start wizard lists printers through; the tests
give their own (this machine has no Bluetooth adapter), behind the same interface. Listing may
take a second or two (BlueZ on a busy bus): call it off the UI thread."""
from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from typing import Any, Protocol

BUSCTL_TIMEOUT_S = 5
_SPP_UUID = "00001101-0000-1000-8000-00805f9b34fb"  # the serial port profile ESC/POS printers speak
_IMAGING_MAJOR_CLASS = 0x06  # Bluetooth major device class "Imaging" (printers, scanners)


@dataclass(frozen=True)
class PairedPrinter:
    name: str  # what the printer calls itself, or the port's description
    uri: str  # an address send_job accepts: bt://AA:BB:CC:DD:EE:FF or serial://PORT
    kind: str  # "bluetooth" or "serial"


class PrinterDiscovery(Protocol):
    def paired(self) -> list[PairedPrinter]: ...


def bluez_printers(managed_objects: dict[str, Any]) -> list[PairedPrinter]:
    """The paired Bluetooth devices that can be a receipt printer, from the JSON `busctl --json`
    prints for BlueZ's GetManagedObjects. A device that says nothing of its services (some cheap
    printers) is kept: leaving the agent's printer out would be worse than one extra line."""
    data = managed_objects.get("data") or []
    objects = data[0] if data and isinstance(data[0], dict) else {}
    found = []
    for interfaces in objects.values():
        device = interfaces.get("org.bluez.Device1") if isinstance(interfaces, dict) else None
        if not isinstance(device, dict):
            continue
        props = {key: value.get("data") for key, value in device.items() if isinstance(value, dict)}
        if not props.get("Paired") or not isinstance(props.get("Address"), str):
            continue
        uuids = [str(u).lower() for u in props.get("UUIDs") or []]
        major = (int(props.get("Class") or 0) >> 8) & 0x1F
        if uuids and _SPP_UUID not in uuids and major != _IMAGING_MAJOR_CLASS:
            continue  # a phone or a headset: says what it offers, and it is no serial printer
        address = props["Address"].upper()
        name = str(props.get("Alias") or props.get("Name") or address)
        found.append(PairedPrinter(name, f"bt://{address}", "bluetooth"))
    return sorted(found, key=lambda p: (p.name.lower(), p.uri))


def _bluez_objects() -> dict[str, Any]:
    """BlueZ's objects, or {} where there is no BlueZ (Windows, a container, no adapter)."""
    busctl = shutil.which("busctl")
    if busctl is None:
        return {}
    try:
        done = subprocess.run([busctl, "--system", "--json=short", "call", "org.bluez", "/",
                               "org.freedesktop.DBus.ObjectManager", "GetManagedObjects"],
                              capture_output=True, text=True, timeout=BUSCTL_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return {}
    if done.returncode != 0:
        return {}
    try:
        parsed = json.loads(done.stdout)
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def serial_printers() -> list[PairedPrinter]:
    """Every serial port the system lists: the agent recognises theirs by its description."""
    from serial.tools import list_ports

    ports = []
    for port in list_ports.comports():
        description = port.description if port.description and port.description != "n/a" else port.device
        ports.append(PairedPrinter(f"{description} ({port.device})" if description != port.device else port.device,
                                   f"serial://{port.device}", "serial"))
    return sorted(ports, key=lambda p: p.uri)


class SystemPrinterDiscovery:
    """The real discovery: BlueZ's paired devices first, then the serial ports."""

    def paired(self) -> list[PairedPrinter]:
        found = bluez_printers(_bluez_objects()) + serial_printers()
        seen: set[str] = set()
        return [p for p in found if not (p.uri in seen or seen.add(p.uri))]
