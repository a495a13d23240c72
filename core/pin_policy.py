"""The municipality's PIN policy: how long a PIN must be, or whether a passphrase is required.

It comes with the municipality's configuration (Municipality.pin_min_length / pin_passphrase,
set on the server with `quittance-server pin-policy set`, pulled like the rest) and is enforced
whenever a PIN is set or changed on the device (core/vault.py). Why it matters, in numbers, is in
docs/security/keys.md: a 4-digit PIN is 10,000 guesses for someone who copied the files."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.errors import QuittanceError

DEFAULT_MIN_LENGTH = 4
MAX_LENGTH = 64
PASSPHRASE_MIN_LENGTH = 12


@dataclass(frozen=True)
class PinPolicy:
    min_length: int = DEFAULT_MIN_LENGTH
    passphrase: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"min_length": self.min_length, "passphrase": self.passphrase}


def validate_policy(min_length: Any, passphrase: Any) -> PinPolicy:
    if type(min_length) is not int or not DEFAULT_MIN_LENGTH <= min_length <= MAX_LENGTH:
        raise QuittanceError("vault_policy_invalid", minimum=DEFAULT_MIN_LENGTH, maximum=MAX_LENGTH)
    if type(passphrase) is not bool:
        raise QuittanceError("vault_policy_invalid", minimum=DEFAULT_MIN_LENGTH, maximum=MAX_LENGTH)
    return PinPolicy(min_length, passphrase)


def policy_of(municipality: Any) -> PinPolicy:
    """The policy a Municipality carries (defaults for one made before the policy existed)."""
    return PinPolicy(getattr(municipality, "pin_min_length", DEFAULT_MIN_LENGTH) or DEFAULT_MIN_LENGTH,
                     bool(getattr(municipality, "pin_passphrase", False)))


def policy_from_json(data: Any) -> PinPolicy:
    if not isinstance(data, dict):
        return PinPolicy()
    try:
        return validate_policy(data.get("min_length", DEFAULT_MIN_LENGTH), data.get("passphrase", False))
    except QuittanceError:
        return PinPolicy()


def check_strength(pin: str, policy: PinPolicy) -> None:
    """Refuse a PIN the policy does not allow, saying what it needs."""
    if len(pin) > MAX_LENGTH:
        raise QuittanceError("vault_pin_too_long", maximum=MAX_LENGTH)
    if policy.passphrase:
        minimum = max(policy.min_length, PASSPHRASE_MIN_LENGTH)
        if len(pin) < minimum or pin.isdigit() or len(set(pin)) < 4:
            raise QuittanceError("vault_passphrase_too_weak", minimum=minimum)
        return
    if len(pin) < policy.min_length or len(set(pin)) < 2:
        raise QuittanceError("vault_pin_too_weak", minimum=policy.min_length)
