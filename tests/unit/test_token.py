import base64
import json
import re

import pytest

from core.errors import QuittanceError
from core.keys import generate_keypair
from core.token import decode_token, verify_token


@pytest.fixture
def payment(ledger, taxpayer):
    ledger.open_session(0)
    return ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=1_500_000, method="cash")


def test_token_proves_device_taxpayer_tax_period_and_amount(ledger, payment):
    claims = verify_token(payment.token, ledger.device.public_key)
    assert (claims.receipt_no, claims.taxpayer_id, claims.tax_code, claims.period, claims.amount, claims.currency,
            claims.device_id) == (payment.receipt_no, payment.taxpayer_id, "PAT", "2026", 1_500_000, "CDF",
                                  ledger.device.id)


def test_token_fits_a_qr_code_on_a_58mm_receipt(payment):
    assert len(payment.token) < 400


def test_verification_url_is_accepted_too(ledger, payment):
    assert verify_token(f"https://mairie.example/v/{payment.token}", ledger.device.public_key).amount == 1_500_000


def test_tampered_amount_fails(ledger, payment):
    prefix, body, signature = payment.token.split(".")
    data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    data["a"] = 150_000_000
    forged_body = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    forged = f"{prefix}.{forged_body}.{signature}"
    assert decode_token(forged).amount == 150_000_000
    with pytest.raises(QuittanceError) as raised:
        verify_token(forged, ledger.device.public_key)
    assert raised.value.code == "invalid_token"


def test_another_devices_key_does_not_verify(payment):
    _, other_public = generate_keypair()
    with pytest.raises(QuittanceError):
        verify_token(payment.token, other_public)


@pytest.mark.parametrize("garbage", ["", "hello", "Q1.!!!.???", "Q2.abc.def", "Q1.e30.AAAA"])
def test_garbage_is_unreadable_not_a_crash(ledger, garbage):
    with pytest.raises(QuittanceError):
        verify_token(garbage, ledger.device.public_key)


def test_verification_code_is_short_unambiguous_and_the_same_for_the_same_token(payment):
    from core.token import CODE_ALPHABET, verification_code

    code = verification_code(payment.token)
    assert re.fullmatch(r"[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}", code)
    assert not set(CODE_ALPHABET) & set("01OI") and len(set(CODE_ALPHABET)) == 32
    assert verification_code(payment.token) == code, "deterministic: the server computes the same one"
    assert verification_code(payment.token[:-1] + ("A" if payment.token[-1] != "A" else "B")) != code
    codes = {verification_code(f"Q2.{n}.sig") for n in range(2_000)}
    assert len(codes) == 2_000, "40 bits: no collision among a day's receipts"
