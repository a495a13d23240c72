"""`quittance pin change` and `quittance recover`: an agent's PIN, and a supervisor's recovery of a
locked device, from the command line (core/vault.py, core/pin_change.py).

Both run before the database can be opened (it is encrypted with a key only a PIN or the recovery
key unwraps), so they take no ledger from `run_command`: they unlock first, then open it. PINs and
the passphrase come from the environment (QUITTANCE_PIN, QUITTANCE_NEW_PIN,
QUITTANCE_RECOVERY_PASSPHRASE) or a hidden prompt, never a flag (shell history, `ps`)."""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from core import vault
from core.cli_auth import PIN_VARIABLE, read_pin
from core.cli_options import Options
from core.errors import QuittanceError
from core.messages import system_language, translate
from core.pin_change import change_agent_pin
from core.service import Ledger
from core.terminal import safe_params

NEW_PIN_VARIABLE = "QUITTANCE_NEW_PIN"
PASSPHRASE_VARIABLE = "QUITTANCE_RECOVERY_PASSPHRASE"


def add_commands(subparsers: argparse._SubParsersAction, common: Options) -> None:
    pin = subparsers.add_parser("pin", help="an agent's PIN on this device")
    actions = pin.add_subparsers(dest="pin_command", metavar="ACTION")
    actions.required = True
    change = actions.add_parser("change", parents=common("db", "json", "as"),
                                help=f"change the acting agent's PIN (current in {PIN_VARIABLE} or typed, "
                                     f"new in {NEW_PIN_VARIABLE} or typed); re-wraps the key only")
    change.set_defaults(handler=cmd_pin_change, needs_ledger=False)
    recover = subparsers.add_parser("recover", parents=common("db", "json", "as"),
                                    help="open a locked device with the municipality's recovery key, clear the "
                                         "lockout and set a new PIN for the agent named by --as")
    recover.add_argument("--key", required=True, type=Path, metavar="FILE",
                         help=f"the recovery key file (passphrase in {PASSPHRASE_VARIABLE} or typed)")
    recover.set_defaults(handler=cmd_recover, needs_ledger=False)


def _db(args: argparse.Namespace) -> Path:
    from core.cli import default_db_path  # late: core.cli imports the whole command line

    path = Path(args.db or getattr(args, "default_db", None) or default_db_path())
    if not path.is_file():
        raise QuittanceError("not_initialised_at", path=path)
    if vault.is_encrypted(path) and not vault.has_envelope(path):
        raise QuittanceError("vault_envelope_missing", path=str(vault.envelope_path(path)))
    return path


def _say(code: str, locale: str, **params: object) -> str:
    return translate(code, locale, **safe_params(params))


def _secret(variable: str, prompt: str, missing: QuittanceError, *, twice: str | None = None,
            differ: QuittanceError | None = None) -> str:
    given = os.environ.get(variable)
    if given:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        raise missing
    first = getpass.getpass(prompt)
    if twice is not None and getpass.getpass(twice) != first:
        raise differ or missing
    return first


def _agent_with_key(db: Path, requested: str | None) -> tuple[str, str]:
    """(id, name) of the acting agent among those with a key on this device."""
    listed = vault.agents_listed(db)
    if requested:
        for agent_id, name in listed:
            if requested in (agent_id, name) or name.casefold() == requested.casefold():
                return agent_id, name
        raise QuittanceError("vault_no_wrap", agent=requested)
    if len(listed) == 1:
        return listed[0]
    raise QuittanceError("cli_agent_required", agents=", ".join(name for _id, name in listed))


def cmd_pin_change(args: argparse.Namespace, _ledger: None) -> int:
    db = _db(args)
    # The system's language, prompts and all: the database (and so the municipality's language)
    # may not be open yet, and its refusals speak it too (run_command, needs_ledger=False).
    locale = system_language()
    if vault.has_envelope(db):  # encrypted: only the envelope changes; the database is not even opened
        agent_id, name = _agent_with_key(db, args.acting_agent)
        old = read_pin(translate("cli_old_pin_prompt", locale, agent=name))
        if not old:
            raise QuittanceError("cli_pin_required", agent=name, variable=PIN_VARIABLE)
        key = vault.unlock_with_pin(db, agent_id, old)  # counts toward the device's lockout
        vault.change_pin(db, key, agent_id, _new_pin(locale, name))  # the policy the device last saw
    else:
        ledger = Ledger.open(db)
        try:
            from core.cli_auth import acting_agent

            agent = acting_agent(ledger, args.acting_agent)
            name = agent.name
            old = read_pin(translate("cli_old_pin_prompt", locale, agent=name))
            if not old:
                raise QuittanceError("cli_pin_required", agent=name, variable=PIN_VARIABLE)
            change_agent_pin(ledger, agent.id, _new_pin(locale, name), old_pin=old)
        finally:
            ledger.close()
    print(json.dumps({"agent": name, "changed": True}) if args.json else _say("cli_pin_changed", locale, agent=name))
    return 0


def _new_pin(locale: str, name: str) -> str:
    return _secret(NEW_PIN_VARIABLE, translate("cli_changed_pin_prompt", locale, agent=name),
                   QuittanceError("cli_new_pin_needed", variable=NEW_PIN_VARIABLE),
                   twice=translate("cli_changed_pin_again", locale), differ=QuittanceError("cli_new_pins_differ"))


def cmd_recover(args: argparse.Namespace, _ledger: None) -> int:
    db = _db(args)
    locale = system_language()
    try:
        pem = args.key.read_bytes()
    except OSError:
        raise QuittanceError("cli_recovery_key_unreadable", path=str(args.key)) from None
    passphrase = _secret(PASSPHRASE_VARIABLE, translate("cli_recovery_passphrase_prompt", locale),
                         QuittanceError("cli_recovery_passphrase_needed", variable=PASSPHRASE_VARIABLE))
    vault.unlock_with_recovery(db, pem, passphrase)  # the key is remembered: the database opens
    ledger = Ledger.open(db)
    try:
        from core.cli_auth import acting_agent

        agent = acting_agent(ledger, args.acting_agent)
        change_agent_pin(ledger, agent.id, _new_pin(locale, agent.name), old_pin=None)
        text = _say("cli_recovered", locale, agent=agent.name)
    finally:
        ledger.close()
    print(json.dumps({"agent": agent.name, "recovered": True}) if args.json else text)
    return 0
