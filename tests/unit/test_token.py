import base64
import json

import pytest

from core.errors import QuittanceError
from core.keys import generate_keypair
from core.token import CODE_ALPHABET, decode_token, normalise_code, verification_code, verify_token


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


def test_verification_code_is_short_grouped_unambiguous_and_the_same_from_the_url(ledger, payment):
    code = verification_code(payment.token)
    assert len(code) == 9 and code[4] == "-"
    assert all(c in CODE_ALPHABET for c in code.replace("-", ""))
    assert not set(code) & set("ILOU")
    assert verification_code(f"https://mairie.example/v/{payment.token}") == code
    assert verification_code(payment.token) == code  # deterministic


def test_each_receipt_gets_its_own_code(ledger, taxpayer):
    ledger.open_session(0)
    codes = {verification_code(ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100,
                                          method="cash").token) for _ in range(20)}
    assert len(codes) == 20


def test_a_code_typed_by_hand_is_read_back():
    assert normalise_code("7kq2 m9xd") == "7KQ2-M9XD"
    assert normalise_code("7KQ2M9XD") == "7KQ2-M9XD"
    assert normalise_code("7KQ2-M9XO") == "7KQ2-M9X0"  # O typed for zero
    assert normalise_code("7KQ2-M9XU") is None  # U is never in a code
    assert normalise_code("7KQ2-M9X") is None
