"""Write tests/vectors/recovery_wrap_v1.json: the recovery wrap of sync/PROTOCOL.md ("Recovery
key") from fixed keys and nonce, so another implementation (or a later version of this one) can
check it makes and opens the same bytes. Run once; the test holds the code to the file.

    .venv/bin/python -m tests.vectors.make_recovery_wrap_v1
"""
from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from core.vault_crypto import b64, public_key_text, recovery_to_json, wrap_for_recovery

MUNICIPALITY_PRIVATE = bytes(range(1, 33))
EPHEMERAL_PRIVATE = bytes(range(101, 133))
NONCE = bytes(range(201, 213))
DATA_KEY = bytes(range(32))
PATH = Path(__file__).with_name("recovery_wrap_v1.json")


def vector() -> dict[str, object]:
    municipality = X25519PrivateKey.from_private_bytes(MUNICIPALITY_PRIVATE)
    wrap = wrap_for_recovery(DATA_KEY, municipality.public_key().public_bytes_raw(),
                             ephemeral=X25519PrivateKey.from_private_bytes(EPHEMERAL_PRIVATE), nonce=NONCE)
    return {"municipality_private_key": b64(MUNICIPALITY_PRIVATE), "recovery_public_key": public_key_text(municipality),
            "ephemeral_private_key": b64(EPHEMERAL_PRIVATE), "data_key": b64(DATA_KEY),
            "recovery": recovery_to_json(wrap)}


if __name__ == "__main__":
    PATH.write_text(json.dumps(vector(), indent=1) + "\n", encoding="utf-8")
    print(PATH)
