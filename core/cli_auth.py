"""Who acts on a command-line write, and their PIN.

The PIN comes from the QUITTANCE_PIN environment variable when it is set (scripts, and a shell
where the agent exported it once), otherwise from a hidden prompt when stdin is a terminal. It is
never a flag: a flag lands in the shell's history and in `ps` for every user to read. Wrong PINs
count toward the same lockout as the app's login (core/auth.py). The demo device, marked by its
`demo` setting when it is made, needs no PIN: its PINs are printed on its login screen anyway."""
from __future__ import annotations

import getpass
import math
import os
import sys

from core.auth import login
from core.clock import parse_iso
from core.config import Agent
from core.errors import QuittanceError
from core.messages import translate
from core.service import Ledger

PIN_VARIABLE = "QUITTANCE_PIN"


def read_pin(prompt: str) -> str | None:
    """The PIN from the environment, else typed on the terminal; None when there is neither."""
    pin = os.environ.get(PIN_VARIABLE)
    if pin:
        return pin
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt) or None
    return None


def new_agents_pin(locale: str) -> str:
    """The PIN for the agents `init` creates, when --pin was not given."""
    pin = os.environ.get(PIN_VARIABLE)
    if pin:
        return pin
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(translate("cli_new_pin_prompt", locale))
        if first and getpass.getpass(translate("cli_new_pin_again", locale)) == first:
            return first
        raise QuittanceError("cli_pin_mismatch")
    raise QuittanceError("cli_init_pin_required")


def acting_agent(ledger: Ledger, requested: str | None) -> Agent:
    """`--as` when given; else the device's only active agent; else ask for `--as`."""
    if requested:
        agent = ledger.find_agent(requested)
        if not agent.active:
            raise QuittanceError("cli_agent_inactive", agent=agent.name)
        return agent
    active = [agent for agent in ledger.agents() if agent.active]
    if len(active) == 1:
        return active[0]
    if not active:
        raise QuittanceError("cli_no_active_agent")
    raise QuittanceError("cli_agent_required", agents=", ".join(agent.name for agent in active))


def authorise_write(ledger: Ledger, requested: str | None) -> tuple[Agent, str | None]:
    """Make the acting agent act, once their PIN is checked; refuse with one clear line otherwise.
    Returns the agent and the PIN that was checked (None on the demo, which takes none)."""
    agent = acting_agent(ledger, requested)
    if ledger.setting("demo") is True:
        ledger.act_as(agent.id)
        return agent, None
    if not _has_pin(ledger, agent):
        raise QuittanceError("cli_agent_without_pin", agent=agent.name)
    pin = read_pin(translate("cli_pin_prompt", ledger.locale, agent=agent.name))
    if not pin:
        raise QuittanceError("cli_pin_required", agent=agent.name, variable=PIN_VARIABLE)
    # Each command checks the PIN again: that is no login to journal (a wrong PIN still is).
    result = login(ledger, agent.id, pin, journal_login=False)
    if result.ok:
        return agent, pin
    if result.device_locked:
        raise QuittanceError("vault_device_locked")
    if result.locked_until:
        seconds = (parse_iso(result.locked_until) - ledger.clock()).total_seconds()
        raise QuittanceError("cli_pin_locked", agent=agent.name, minutes=max(1, math.ceil(seconds / 60)))
    raise QuittanceError("cli_pin_wrong", agent=agent.name, tries_left=result.tries_left)


def encrypt_if_plain(ledger: Ledger, agent: Agent, pin: str | None) -> Ledger:
    """The first authorised write on a plain (pre-encryption) database encrypts it first, with no
    step from the user (core/encryption_migration.py), the key wrapped under the PIN just checked."""
    if ledger.encrypt_if_plain(agent.id, agent.name, pin):
        print(translate("encryption_migration_done", ledger.locale), file=sys.stderr)
    return ledger


def _has_pin(ledger: Ledger, agent: Agent) -> bool:
    row = ledger.store.conn.execute("SELECT pin_hash FROM agents WHERE id = ?", (agent.id,)).fetchone()
    return bool(row and row[0])
