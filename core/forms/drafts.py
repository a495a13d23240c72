"""Drafts: census forms being filled in, saved on every answer.

A draft is working state, not an event. The entry screen saves it on each answer; putting every
keystroke in the hash chain would bloat what syncs and what `verify` replays, for answers the
agent may still change or discard. Each save is its own committed transaction (one UPDATE), so a
crash or a power cut loses at most the answer being typed. What counts is the finished form:
`submit_draft` (core/forms/submissions.py) turns it into a `submission.recorded` event.

These functions take the store's connection inside a transaction the Ledger opened."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from typing import Any

from core.errors import QuittanceError
from core.ids import new_id


@dataclass(frozen=True)
class DraftSummary:
    """One line of the drafts list: enough to name it and reopen it."""
    id: str
    form_id: str
    form_version: str
    agent_id: str
    started_at: str
    updated_at: str
    taxpayer_id: str | None


@dataclass(frozen=True)
class Draft:
    id: str
    form_id: str
    form_version: str
    agent_id: str
    answers: dict[str, Any]
    started_at: str
    updated_at: str
    taxpayer_id: str | None


_COLUMNS = "id, form_id, form_version, agent_id, started_at, updated_at, taxpayer_id"


def start_draft(conn: sqlite3.Connection, *, form_id: str, form_version: str, agent_id: str, now: str,
                taxpayer_id: str | None = None, answers: dict[str, Any] | None = None) -> str:
    if taxpayer_id is not None and conn.execute("SELECT 1 FROM taxpayers WHERE id = ?",
                                                (taxpayer_id,)).fetchone() is None:
        raise QuittanceError("unknown_taxpayer", taxpayer=taxpayer_id)
    draft_id = new_id()
    conn.execute("INSERT INTO form_drafts (id, form_id, form_version, agent_id, answers, started_at, updated_at, "
                 "taxpayer_id) VALUES (?,?,?,?,?,?,?,?)",
                 (draft_id, form_id, form_version, agent_id, _dumps(answers or {}), now, now, taxpayer_id))
    return draft_id


def save_draft(conn: sqlite3.Connection, draft_id: str, answers: dict[str, Any], now: str) -> None:
    """One UPDATE: cheap enough for every answer the agent gives."""
    cursor = conn.execute("UPDATE form_drafts SET answers = ?, updated_at = ? WHERE id = ?",
                          (_dumps(answers), now, draft_id))
    if cursor.rowcount == 0:
        raise QuittanceError("unknown_draft", draft=draft_id)


def drafts(conn: sqlite3.Connection, agent_id: str | None = None) -> list[DraftSummary]:
    """The drafts waiting, the most recently touched first; only `agent_id`'s when given."""
    where, params = ("WHERE agent_id = ?", (agent_id,)) if agent_id else ("", ())
    rows = conn.execute(f"SELECT {_COLUMNS} FROM form_drafts {where} ORDER BY updated_at DESC, id DESC", params)
    return [DraftSummary(*row) for row in rows]


def get_draft(conn: sqlite3.Connection, draft_id: str) -> Draft:
    row = conn.execute(f"SELECT {_COLUMNS}, answers FROM form_drafts WHERE id = ?", (draft_id,)).fetchone()
    if row is None:
        raise QuittanceError("unknown_draft", draft=draft_id)
    *summary, answers = tuple(row)
    fields = dict(zip(_COLUMNS.split(", "), summary))
    return Draft(answers=_loads(answers, draft_id), **fields)


def _loads(text: str, draft_id: str) -> dict[str, Any]:
    """A draft is not in the event chain, so `verify` cannot vouch for it: answers damaged on disk
    or edited behind the app's back are refused with a message (discard it), never a traceback."""
    try:
        answers = json.loads(text)
    except (TypeError, ValueError):
        answers = None
    if not isinstance(answers, dict):
        raise QuittanceError("draft_damaged", draft=draft_id)
    return answers


def discard_draft(conn: sqlite3.Connection, draft_id: str) -> None:
    if conn.execute("DELETE FROM form_drafts WHERE id = ?", (draft_id,)).rowcount == 0:
        raise QuittanceError("unknown_draft", draft=draft_id)


def _dumps(answers: dict[str, Any]) -> str:
    if not isinstance(answers, dict):
        raise TypeError("a draft's answers are the form's answer tree, a dict")
    return json.dumps(answers, ensure_ascii=False, separators=(",", ":"))
