"""The event envelope: the contract between a device and the server (pure, no store).

An event leaves the device as five fields: `seq`, `payload` (canonical JSON), `prev_hash`,
`hash` and `signature`. The payload is the whole truth; the other fields are derived from it
or vouch for it, and the server recomputes them rather than trusting them.

Schema versions, never changed in place once an event carrying them has been written:
1. before schema v5 of the device store: no "schema" key in the payload;
2. receipt.printed carries the print's id, object attributes keep their JSON types;
3. every payload names the acting agent at the top level ("agent_id", null only for events no
   agent caused, such as device.initialised); `taxpayer.updated` carries `base_version` and
   `version` as below.

`base_version` (in `taxpayer.updated` data) names a *server* version: the `version` the server
gave the row in the pull that brought it (`taxpayers.server_version` on the device), or 0 for a
taxpayer the server has never sent (registered on this device and not yet pulled back). The
server compares it with its own version of the row, so a base older than the server's means
another edit really came in between: a conflict, merged field by field. The device's own edit
counter, which guards a screen against saving over a newer local edit, travels beside it as
`version` and means nothing to the server. (Before schema 3 `base_version` was that local counter.)

Both the device (`core.events`) and the server (`sync.server`) build and check envelopes with
this module only, and `tests/vectors/` holds a fixed vector both sides check."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from core.canonical import canonical_json
from core.keys import event_signature_valid

GENESIS_HASH = "0" * 64
EVENT_SCHEMA = 3
KNOWN_SCHEMAS = (1, 2, 3)
_PAYLOAD_KEYS = {"seq", "id", "type", "device_id", "device_time", "entity_id", "data"}


def chain_hash(prev_hash: str, payload: str) -> str:
    """hash = SHA-256(prev_hash ‖ canonical payload), both as UTF-8 text; lowercase hex."""
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def event_payload(seq: int, event_id: str, event_type: str, device_id: str, device_time: str,
                  entity_id: str | None, data: dict[str, Any], agent_id: str | None) -> str:
    """The canonical payload of a new event, at the current schema."""
    return canonical_json({
        "schema": EVENT_SCHEMA, "seq": seq, "id": event_id, "type": event_type, "device_id": device_id,
        "agent_id": agent_id, "device_time": device_time, "entity_id": entity_id, "data": data,
    })


class EnvelopeError(ValueError):
    """A payload that is not a well-formed event envelope; `code` is stable for the wire."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ParsedPayload:
    schema: int
    seq: int
    id: str
    type: str
    device_id: str
    agent_id: str | None
    device_time: str
    entity_id: str | None
    data: dict[str, Any]


def parse_payload(payload: str) -> ParsedPayload:
    """Read and check a payload's shape. The payload must already be canonical: a payload that
    re-serialises differently was not produced by `event_payload` and is refused."""
    try:
        value = json.loads(payload)
    except (TypeError, ValueError) as exc:
        raise EnvelopeError("payload_not_json", "the payload is not JSON") from exc
    if not isinstance(value, dict) or not _PAYLOAD_KEYS <= value.keys():
        raise EnvelopeError("payload_shape", "the payload lacks envelope fields")
    schema = value.get("schema", 1)
    if schema not in KNOWN_SCHEMAS or isinstance(schema, bool):
        raise EnvelopeError("schema_unknown", f"unknown event schema {schema!r}")
    try:
        if canonical_json(value) != payload:
            raise EnvelopeError("payload_not_canonical", "the payload is not in canonical form")
    except TypeError as exc:
        raise EnvelopeError("payload_not_canonical", "the payload holds a float") from exc
    seq, data = value["seq"], value["data"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1 or not isinstance(data, dict):
        raise EnvelopeError("payload_shape", "seq must be a positive integer and data an object")
    for key in ("id", "type", "device_id", "device_time"):
        if not isinstance(value[key], str) or not value[key]:
            raise EnvelopeError("payload_shape", f"{key} must be a non-empty string")
    agent_id = value.get("agent_id") if schema >= 3 else data.get("agent_id")
    if agent_id is not None and not isinstance(agent_id, str):
        raise EnvelopeError("payload_shape", "agent_id must be a string or null")
    entity_id = value["entity_id"]
    if entity_id is not None and not isinstance(entity_id, str):
        raise EnvelopeError("payload_shape", "entity_id must be a string or null")
    return ParsedPayload(schema, seq, value["id"], value["type"], value["device_id"], agent_id,
                         value["device_time"], entity_id, data)


def check_link(prev_hash: str, payload: str, claimed_hash: str) -> bool:
    """Whether `claimed_hash` is what this payload chained to `prev_hash` hashes to."""
    return chain_hash(prev_hash, payload) == claimed_hash


def signature_valid(public_key_hex: str, event_hash: str, signature_hex: str | None) -> bool:
    """The device's Ed25519 signature over the ASCII hex of an event's hash."""
    return event_signature_valid(public_key_hex, event_hash, signature_hex)
