"""A signed audit file of N events for bench_audit (cached under bench/.cache): DEVICES devices,
each a real chain (genesis with its key, then payments numbered gap-free), signed in parallel, one
device per worker, written through the server's own AuditWriter so the file is signed as the
server signs it. Beside it, per device, the (hash, signature) pairs for the bare Ed25519 baseline."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from core.audit_format import FORMAT_VERSION, NAMESPACE, typed_element
from core.envelope import chain_hash, event_payload
from core.keys import generate_keypair, public_key_of, sign_event_hash
from sync.server.audit_xml import AuditWriter, attributes

CACHE = Path(__file__).resolve().parent / ".cache"
DEVICES = 20
SERVER_KEY = "11" * 32


def _device_part(args: tuple[int, int, Path]) -> tuple[str, str, Path]:
    """Write one device's DeviceEvents section and its pairs file; (device id, public key, part)."""
    index, count, folder = args
    private, public = generate_keypair()
    device_id = f"01938a00-0000-7000-8000-{index:012d}"
    part, pairs = folder / f"device-{index}.xml", folder / f"device-{index}.pairs"
    prev = "0" * 64
    with part.open("w", encoding="utf-8") as out, pairs.open("wb") as raw:
        out.write(f"  <DeviceEvents{attributes({'device': device_id})}>\n")
        for seq in range(1, count + 1):
            if seq == 1:
                kind, data = "device.initialised", {"public_key": public, "device_id": device_id,
                                                    "device_code": f"B{index:02d}"}
            else:
                kind, data = "payment.recorded", {
                    "id": f"{index:08x}-0000-7000-8000-{seq:012d}", "receipt_no": f"B{index:02d}-2026-{seq - 1:06d}",
                    "taxpayer_id": "01938a00-0000-7000-8000-00000000aaaa", "tax_code": "MAR", "period": "2026-11",
                    "amount": 300_000 + seq % 7, "currency": "CDF", "method": "cash", "reference": None,
                    "is_advance": False, "session_id": "01938a00-0000-7000-8000-00000000bbbb",
                    "agent_id": "01938a00-0000-7000-8000-00000000cccc", "issued_at": "2026-11-30T08:00:00.000Z",
                    "balance_after": 0, "token": "x" * 120}
            payload = event_payload(seq, f"{index:08x}-0000-7000-9000-{seq:012d}", kind, device_id,
                                    "2026-11-30T08:00:00.000Z", None, data, None)
            digest = chain_hash(prev, payload)
            signature = sign_event_hash(private, digest)
            raw.write(digest.encode("ascii") + bytes.fromhex(signature))
            values = {"seq": seq, "type": kind, "prevHash": prev, "hash": digest, "signature": signature,
                      "receivedAt": "2026-11-30T09:00:00.000Z", "arrival": index * count + seq}
            escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            out.write(f"   <Event{attributes(values)}>\n    <Payload>{escaped}</Payload>\n")
            typed = typed_element(kind, data)
            if typed is not None:
                out.write(f"    <{typed[0]}{attributes(typed[1])}/>\n")
            out.write("   </Event>\n")
            prev = digest
        out.write("  </DeviceEvents>\n")
    return device_id, public, part


def audit_file(events: int) -> tuple[Path, str, list[tuple[str, Path]]]:
    """(the file, the key to check it with, [(device public key, pairs file)]), made once per size."""
    folder = CACHE / f"audit-file-{FORMAT_VERSION}-{events}"
    path = folder / "audit.xml"
    each = max(2, events // DEVICES)
    pairs = [(folder / f"device-{i}.key", folder / f"device-{i}.pairs") for i in range(DEVICES)]
    if path.exists():
        return path, public_key_of(SERVER_KEY), [(key.read_text(), p) for key, p in pairs]
    folder.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        parts = list(pool.map(_device_part, [(i, each, folder) for i in range(DEVICES)]))
    with (folder / "audit.part").open("wb") as handle:
        w = AuditWriter(handle)
        w.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<AuditFile xmlns="{NAMESPACE}">\n <Header>\n')
        w.text("FormatVersion", {}, str(FORMAT_VERSION), "  ")
        w.empty("Municipality", {"code": "BEN", "name": "Bench", "currency": "CDF", "timezone": "UTC"}, "  ")
        w.empty("Period", {"from": "2026-11-30", "to": "2026-11-30", "afterArrival": 0,
                           "throughArrival": DEVICES * each}, "  ")
        w.text("GeneratedAt", {}, "2026-11-30T10:00:00.000Z", "  ")
        w.text("ServerPublicKey", {}, public_key_of(SERVER_KEY), "  ")
        w.write(" </Header>\n <MasterFiles>\n  <ServerKeys/>\n  <Devices>\n")
        for i, (device_id, public, _part) in enumerate(parts):
            (folder / f"device-{i}.key").write_text(public)
            w.write(f'   <Device{attributes({"id": device_id, "code": f"B{i:02d}", "publicKey": public})}>\n')
            w.empty("Anchor", {"seq": 0, "hash": "0" * 64}, "    ")
            w.write("   </Device>\n")
        w.write("  </Devices>\n </MasterFiles>\n <SourceDocuments>\n")
        for _device_id, _public, part in parts:
            with part.open("r", encoding="utf-8") as section:
                while chunk := section.read(1 << 20):
                    w.write(chunk)
            part.unlink()
        w.write(" </SourceDocuments>\n")
        w.sign_and_close(SERVER_KEY, public_key_of(SERVER_KEY), "AuditFile")
    (folder / "audit.part").rename(path)
    return path, public_key_of(SERVER_KEY), [(key.read_text(), p) for key, p in pairs]


def bare_slice(args: tuple[str, str, int, int]) -> int:
    """Bare Ed25519 over one slice of a device's pairs; returns how many failed."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    public, pairs, start, count = args
    key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public))
    with open(pairs, "rb") as raw:
        raw.seek(start * 128)
        data = raw.read(count * 128)
    failed = 0
    for offset in range(0, len(data), 128):
        try:
            key.verify(data[offset + 64:offset + 128], data[offset:offset + 64])
        except InvalidSignature:
            failed += 1
    return failed
