"""The fixed event vector (tests/vectors/event_v3.json) checked by the device's envelope code.
The server checks the same file from its side: if either side's hashing, signing or parsing
drifts, one of them fails on bytes both agreed on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.envelope import EnvelopeError, chain_hash, check_link, event_payload, parse_payload, signature_valid
from core.keys import public_key_of, sign_event_hash

VECTOR = json.loads((Path(__file__).parent.parent / "vectors" / "event_v3.json").read_text(encoding="utf-8"))


def test_the_hash_recomputes_from_prev_hash_and_payload():
    assert chain_hash(VECTOR["prev_hash"], VECTOR["payload"]) == VECTOR["hash"]
    assert check_link(VECTOR["prev_hash"], VECTOR["payload"], VECTOR["hash"])


def test_the_signature_verifies_against_the_public_key():
    assert signature_valid(VECTOR["public_key"], VECTOR["hash"], VECTOR["signature"])
    assert public_key_of(VECTOR["private_key_seed"]) == VECTOR["public_key"]
    # Ed25519 is deterministic: the device's signing code gives the very signature frozen here.
    assert sign_event_hash(VECTOR["private_key_seed"], VECTOR["hash"]) == VECTOR["signature"]


def test_parse_payload_returns_the_envelope_fields():
    parsed = parse_payload(VECTOR["payload"])
    assert parsed.schema == 3 == VECTOR["schema"]
    assert parsed.seq == VECTOR["seq"] == 42
    assert parsed.type == "taxpayer.registered"
    assert parsed.agent_id == "01936b2e-aaaa-7bbb-8ccc-dddddddddddd"
    assert parsed.device_id == "01936b2e-1111-7222-8333-444455556666"
    assert parsed.entity_id == parsed.data["id"]
    assert parsed.data["name"] == "Kabasélé Ngoyi Françoise"
    # The device writes exactly these bytes for these fields.
    assert event_payload(parsed.seq, parsed.id, parsed.type, parsed.device_id, parsed.device_time,
                         parsed.entity_id, parsed.data, parsed.agent_id) == VECTOR["payload"]


@pytest.mark.parametrize("old,new", [("Françoise", "Françoisf"), ('"seq":42', '"seq":43'),
                                     ('"agent_id":"01936b2e-aaaa', '"agent_id":"01936b2e-aaab')])
def test_a_one_byte_change_fails_the_hash_and_the_signature(old, new):
    assert old in VECTOR["payload"]
    altered = VECTOR["payload"].replace(old, new, 1)
    assert len(altered.encode()) == len(VECTOR["payload"].encode())
    assert not check_link(VECTOR["prev_hash"], altered, VECTOR["hash"])
    assert not signature_valid(VECTOR["public_key"], chain_hash(VECTOR["prev_hash"], altered), VECTOR["signature"])


def test_a_changed_prev_hash_fails_the_link():
    prev = ("1" if VECTOR["prev_hash"][0] != "1" else "2") + VECTOR["prev_hash"][1:]
    assert not check_link(prev, VECTOR["payload"], VECTOR["hash"])


def test_a_payload_that_is_not_canonical_is_refused():
    with pytest.raises(EnvelopeError) as caught:
        parse_payload(json.dumps(json.loads(VECTOR["payload"]), indent=1))
    assert caught.value.code == "payload_not_canonical"


def test_the_generator_still_writes_the_frozen_file():
    from tests.vectors.make_event_v3 import VECTOR as PATH, build, render

    assert render(build()) == PATH.read_text(encoding="utf-8")
