"""The device's key envelope (`<database>.keys`): the database's data key, wrapped for each agent,
for the municipality's recovery, and (demo, or no agent with a PIN yet) openly.

CONTRACT (filled in by the vault work of issue 13; the signatures below are what the store and
the ledger call):
- `key_without_asking(db_path) -> bytes | None`: the data key when it can be had with nobody
  typing anything: an open wrap (the demo, a device with no PIN yet), or QUITTANCE_PIN tried
  against the agents' wraps (scripts, the CLI). None otherwise.
- `on_initialised(db_path, data_key, agents, *, open_wrap)`: `Ledger.initialise` made a new
  database; `agents` are (agent_id, name, pin or None). Writes the envelope.
- `on_agent_added(db_path, data_key, agent_id, name, pin)`: an agent with a known PIN was added
  while the database is open: wrap the data key for them.
"""
from __future__ import annotations

from pathlib import Path


def envelope_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.keys")


def key_without_asking(db_path: str | Path) -> bytes | None:
    return None


def on_initialised(db_path: str | Path, data_key: bytes | None,
                   agents: list[tuple[str, str, str | None]], *, open_wrap: bool) -> None:
    return None


def on_agent_added(db_path: str | Path, data_key: bytes | None, agent_id: str, name: str,
                   pin: str | None) -> None:
    return None
