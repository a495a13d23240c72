"""The recovery wrap's fixed vector (sync/PROTOCOL.md, tests/vectors/recovery_wrap_v1.json): the
same keys and nonce make the same bytes, and the municipality's private key opens them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from core.vault_crypto import WrapRefused, recovery_from_json, unb64, unwrap_recovery
from tests.vectors.make_recovery_wrap_v1 import vector

VECTOR = json.loads((Path(__file__).parents[1] / "vectors" / "recovery_wrap_v1.json").read_text())


def test_the_code_makes_the_frozen_vector():
    assert vector() == VECTOR


def test_the_municipalitys_key_opens_the_vector_and_another_does_not():
    wrap = recovery_from_json(VECTOR["recovery"])
    municipality = X25519PrivateKey.from_private_bytes(unb64(VECTOR["municipality_private_key"]))
    assert unwrap_recovery(wrap, municipality) == unb64(VECTOR["data_key"])
    with pytest.raises(WrapRefused):
        unwrap_recovery(wrap, X25519PrivateKey.generate())
    edited = dict(VECTOR["recovery"], nonce="AAAAAAAAAAAAAAAA")
    with pytest.raises(WrapRefused):
        unwrap_recovery(recovery_from_json(edited), municipality)
