"""What the enrollment screen reads from a pasted text or a scanned QR code: a link, the server's
`{"server", "code"}` QR text, a bare code; anything else is not an enrollment."""
from __future__ import annotations

import json

import pytest

from desktop.enroll_input import scanned_enrollment, split_link

SERVER = "https://recettes.kananga.example"


def test_the_qr_text_the_server_writes_splits_like_a_link():
    text = json.dumps({"server": SERVER, "code": "HJNA-QAWV-PG7A"}, separators=(",", ":"))
    assert split_link(text) == (SERVER, "HJNA-QAWV-PG7A")
    assert split_link(f"{SERVER}/enroll?code=K7Q2M9XD") == (SERVER, "K7Q2M9XD")
    assert split_link(f"quittance://enroll?server={SERVER}&code=K7Q2M9XD") == (SERVER, "K7Q2M9XD")


@pytest.mark.parametrize("text, expected", [
    (json.dumps({"server": SERVER, "code": "K7Q2M9XD"}), (SERVER, "K7Q2M9XD")),
    (f"{SERVER}/enroll?code=K7Q2M9XD", (SERVER, "K7Q2M9XD")),
    ("K7Q2-M9XD-AB12", (None, "K7Q2-M9XD-AB12")),  # `device add` without --server-url
    ("https://verifier.kananga.example/v/Q1.eyJuIjoiVDA5In0.c2ln", None),  # a receipt's QR code
    ("https://kananga.example", None),
    ('{"server": "https://x.example"}', None),
    ('{"code": 12345678}', None),
    ("{not json", None),
    (f"{SERVER}/enroll?code=K7!", None),
    ("Bonjour tout le monde", None),
])
def test_only_an_enrollment_qr_code_is_taken(text, expected):
    assert scanned_enrollment(text) == expected
