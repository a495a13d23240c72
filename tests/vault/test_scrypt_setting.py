"""The PIN wraps' scrypt cost: production's 2**17 unless QUITTANCE_WRAP_SCRYPT_N names a power of
two from 2**10 up to it (the test suite's cheaper setting); every wrap records the n it used, so a
wrap made under one setting opens under the other."""
from __future__ import annotations

import os

import pytest

from core import unlocked, vault
from core.vault_crypto import SCRYPT_N, unwrap_with_pin, wrap_for_pin, wrap_scrypt_n


def test_without_the_variable_a_wrap_costs_productions_two_to_the_seventeen(monkeypatch):
    monkeypatch.delenv("QUITTANCE_WRAP_SCRYPT_N", raising=False)
    assert SCRYPT_N == 2**17 and wrap_scrypt_n() == 2**17
    key, secret = os.urandom(32), os.urandom(32)
    wrap = wrap_for_pin(key, "1234", secret, b"aad")
    assert wrap["n"] == 2**17
    assert unwrap_with_pin(wrap, "1234", secret, b"aad") == key


@pytest.mark.parametrize("value", ["512", "2", "0", "-1024", "262144", "3000", "beaucoup", ""])
def test_a_setting_outside_the_accepted_range_is_ignored(monkeypatch, value):
    monkeypatch.setenv("QUITTANCE_WRAP_SCRYPT_N", value)
    assert wrap_scrypt_n() == 2**17  # never weaker than 2**10, never costlier than production


def test_a_cheaper_wrap_records_its_n_and_opens_after_the_setting_is_gone(monkeypatch, device):
    path, key, ids = device  # made under the suite's setting (tests/conftest.py)
    assert {a["n"] for a in vault.vault_file.read_raw(path)["agents"]} == {2**10}
    monkeypatch.setenv("QUITTANCE_WRAP_SCRYPT_N", str(2**12))
    assert wrap_scrypt_n() == 2**12
    vault.change_pin(path, key, ids["Mbuyi Tshala"], "97531")
    wraps = {a["id"]: a for a in vault.vault_file.read_raw(path)["agents"]}
    assert wraps[ids["Mbuyi Tshala"]]["n"] == 2**12
    monkeypatch.delenv("QUITTANCE_WRAP_SCRYPT_N")
    unlocked.forget(path)
    assert vault.unlock_with_pin(path, ids["Mbuyi Tshala"], "97531") == key
