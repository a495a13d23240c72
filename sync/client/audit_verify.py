"""`quittance audit verify FILE --key KEY`: check an audit file with nothing but the file and the
municipality's published public key (docs/audit/audit-file.md).

First the file's own signature (the SHA-256 of every byte before its last element, streamed), by
the key given or a key it handed over to (the hand-overs the file carries, each signed by the key
before). Then one streaming pass (lxml iterparse, each event dropped once checked) runs every
device's checks (sync/client/audit_chain.py) while the events' Ed25519 signatures are checked on
every core (sync/client/audit_signatures.py). The first fault in file order is named."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.audit_format import FORMAT_VERSION, NAMESPACE, SIGNATURE_START, XSD_NAME, new_digest, signed_message
from core.handover import handover_valid
from core.keys import verify_signature
from sync.client.audit_chain import DeviceChain, EventRow, Fault
from sync.client.audit_signatures import SignatureChecker

_NS = "{" + NAMESPACE + "}"
_TAIL = re.compile(rb'<FileSignature algorithm="Ed25519" digest="([0-9a-f]{64})" publicKey="([0-9a-f]{64})">'
                   rb'([0-9a-f]{128})</FileSignature>\n</AuditFile>\n$')
_TAIL_BYTES = 4096
_CHUNK = 1 << 20


class Unusable(Exception):
    """The file cannot be checked at all (exit 2): not an audit file, or no key to trust."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params


@dataclass
class Outcome:
    fault: Fault | None = None
    events: int = 0
    devices: int = 0
    period: dict[str, str] = field(default_factory=dict)
    municipality: str = ""
    signed_by: str = ""


def _file_signature(path: Path) -> tuple[str, str, str, str]:
    """(digest claimed, public key, signature, digest computed) of the file's last element."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            handle.seek(max(0, size - _TAIL_BYTES))
            tail = handle.read()
            start = tail.rfind(SIGNATURE_START)
            match = _TAIL.search(tail[start:]) if start >= 0 else None
            if match is None or match.start() != 0:
                raise Unusable("audit_verify_unsigned")
            signed_length = size - len(tail) + start
            handle.seek(0)
            digest, left = new_digest(), signed_length
            while left > 0:
                chunk = handle.read(min(_CHUNK, left))
                if not chunk:
                    break
                digest.update(chunk)
                left -= len(chunk)
    except OSError as exc:
        raise Unusable("audit_verify_unusable", detail=str(exc)) from None
    return match.group(1).decode(), match.group(2).decode(), match.group(3).decode(), digest.hexdigest()


def _trusted(given: str, signer: str, handovers: list[dict[str, Any]]) -> bool:
    """Whether the key that signed the file is the one given or one it handed over to, key by key."""
    trusted = given
    for handover in handovers:
        if trusted == signer:
            break
        if handover_valid(trusted, handover):
            trusted = handover["public_key"]
    return trusted == signer


class _Pass:
    """The streaming pass over the elements, keeping only the earliest fault."""

    def __init__(self, workers: int | None) -> None:
        self.first: Fault | None = None
        self.signatures = SignatureChecker(workers)
        self.chains: dict[str, DeviceChain] = {}
        self.position = 0
        self.handovers: list[dict[str, Any]] = []
        self.outcome = Outcome()

    def report(self, fault: Fault) -> None:
        if self.first is None or fault < self.first:
            self.first = fault

    def _row(self, elem: Any) -> EventRow:
        self.position += 1
        payload, typed = "", None
        for child in elem:
            if child.tag == _NS + "Payload":
                payload = child.text or ""
            else:
                children = [(c.tag[len(_NS):], dict(c.attrib)) for c in child]
                typed = (child.tag[len(_NS):], dict(child.attrib), children)
        get = elem.get
        return EventRow(self.position, int(get("seq")), get("type"), get("prevHash"), get("hash"),
                        get("signature"), payload, typed, get("reason"))

    def _chain(self, device: Any) -> DeviceChain:
        device_id = device.get("id")
        if device_id not in self.chains:
            self.chains[device_id] = DeviceChain(device_id, device.get("code") or device_id, device.get("publicKey"),
                                                 self.report, self.signatures.add)
        return self.chains[device_id]

    def element(self, elem: Any) -> None:
        tag = elem.tag[len(_NS):] if elem.tag.startswith(_NS) else elem.tag
        if tag == "Event":
            device_id = elem.getparent().get("device")
            chain = self.chains.get(device_id)
            row = self._row(elem)
            if chain is None:
                self.report(Fault(row.position, 0, "unknown_device", device_id or "?", row.seq))
            else:
                chain.event(row)
        elif tag == "PriorEvent":
            self._chain(elem.getparent()).prior(self._row(elem))
        elif tag == "Anchor":
            self._chain(elem.getparent()).set_anchor(int(elem.get("seq")), elem.get("hash"))
            return  # the Device element is still needed by its prior events
        elif tag == "Device":
            self.position += 1
            self._chain(elem).anchor_checked(self.position)
        elif tag == "FormatVersion" and (elem.text or "").strip() != str(FORMAT_VERSION):
            raise Unusable("audit_verify_unusable", detail=f"format version {elem.text!r}")
        elif tag == "Handover":
            try:
                self.handovers.append(json.loads(elem.text or ""))
            except ValueError:
                pass
        elif tag == "Period":
            self.outcome.period = {"from": elem.get("from"), "to": elem.get("to")}
        elif tag == "Municipality":
            self.outcome.municipality = elem.get("name") or elem.get("code") or ""
        elif tag != "DeviceEvents":
            return
        elem.clear()
        while elem.getprevious() is not None:
            del elem.getparent()[0]


_TAGS = [_NS + t for t in ("Event", "PriorEvent", "Anchor", "Device", "DeviceEvents", "FormatVersion", "Handover",
                           "Period", "Municipality")]


def verify_file(path: Path, key: str, workers: int | None = None) -> Outcome:
    """Check the whole file; the outcome names the first fault (None: the file checks out)."""
    from lxml import etree

    key = key.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", key):
        raise Unusable("audit_verify_bad_key", key=key[:80])
    claimed, signer, signature, digest = _file_signature(path)
    if claimed != digest or not verify_signature(signer, signed_message(digest), bytes.fromhex(signature)):
        # Altered after signing: nothing in it can be taken as the server's, whatever the key.
        return Outcome(fault=Fault(0, 0, "file_signature", "", 0, digest[:16]), signed_by=signer)
    run = _Pass(workers)
    try:
        for _event, elem in etree.iterparse(str(path), events=("end",), tag=_TAGS, huge_tree=True, schema=_schema(),
                                            resolve_entities=False, no_network=True):
            run.element(elem)
    except etree.XMLSyntaxError as exc:
        run.signatures.finish()
        raise Unusable("audit_verify_unusable", detail=str(exc)) from None
    except (TypeError, ValueError, AttributeError) as exc:  # a required attribute missing or not a number
        run.signatures.finish()
        raise Unusable("audit_verify_unusable", detail=f"{type(exc).__name__}: {exc}") from None
    for failed in run.signatures.finish():
        run.report(failed)
    if not _trusted(key, signer, run.handovers):
        raise Unusable("audit_verify_untrusted", signer=signer, key=key)
    outcome = run.outcome
    outcome.events = sum(chain.events for chain in run.chains.values())
    outcome.devices, outcome.signed_by, outcome.fault = len(run.chains), signer, run.first
    return outcome


def _schema() -> Any:
    """The format's XSD, checked while parsing: a file not of this format is unusable (exit 2)."""
    from lxml import etree

    import resources.audit

    return etree.XMLSchema(etree.parse(str(Path(resources.audit.__file__).parent / XSD_NAME)))
