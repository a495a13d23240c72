"""Changing an agent's PIN on the device, with the database open (the desktop's settings, a
recovery). On an encrypted device only the data key's wrap is made again (core/vault.py): the
database is never re-encrypted, nor even written, so a PIN change takes a second whatever the
size of the registry, and `core/auth.login` checks the agent's wrap, not the database's hash.
On a plain device (no key envelope) the database's PIN hash is what changes."""
from __future__ import annotations

from core import unlocked, vault
from core.config import hash_pin
from core.errors import QuittanceError
from core.pin_policy import check_strength, policy_of
from core.service import Ledger


def change_agent_pin(ledger: Ledger, agent_id: str, new_pin: str, *, old_pin: str | None) -> None:
    """Set `new_pin` for the agent. `old_pin` is checked when given (an agent changing their own,
    counted toward the lockouts); None only after a supervisor's recovery, which proved its
    authority with the recovery key."""
    from core.auth import login  # late: core.auth and this module are both the Ledger's callers

    agent = ledger.find_agent(agent_id)
    path = ledger.store.path
    if old_pin is not None:
        result = login(ledger, agent.id, old_pin)
        if result.device_locked:
            raise QuittanceError("vault_device_locked")
        if not result.ok:
            raise QuittanceError("cli_pin_wrong", agent=agent.name, tries_left=result.tries_left)
    policy = policy_of(ledger.municipality)
    check_strength(new_pin, policy)
    row = ledger.store.conn.execute("SELECT pin_hash FROM agents WHERE id = ?", (agent.id,)).fetchone()
    if vault.has_envelope(path):
        key = unlocked.recall(path)
        if key is None:
            raise QuittanceError("vault_no_wrap", agent=agent.name)
        vault.change_pin(path, key, agent.id, new_pin, name=agent.name, policy=policy, server_hash=row[0])
        return
    with ledger.store.transaction() as conn:
        conn.execute("UPDATE agents SET pin_hash = ? WHERE id = ?", (hash_pin(new_pin), agent.id))
