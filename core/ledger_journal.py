"""The Ledger's side of the technical journal (core/journal.py): an entry in its own transaction,
the side file joined at unlock, and the migration the store just made."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from core import journal, journal_file
from core.clock import iso
from core.errors import QuittanceError

if TYPE_CHECKING:
    from core import sqlite_driver as sqlite3
    from core.clock import Clock
    from core.store import Store

_UNSET: Any = object()


class JournalLedger:
    store: "Store"
    clock: "Clock"
    agent_id: str | None

    def journal(self, kind: str, details: dict[str, Any] | None = None, *, agent_id: str | None = _UNSET) -> bool:
        """One journal entry in its own transaction, by the acting agent unless `agent_id` says
        whose (a logout, after the agent is gone). False on a device not set up yet."""
        with self.store.transaction() as conn:
            return self.journal_in(conn, kind, details, agent_id=agent_id)

    def journal_quietly(self, kind: str, details: dict[str, Any] | None = None, **who: Any) -> bool:
        """For an entry that must never hide the failure it reports, nor stop what the agent
        does (a printer failure, the app closing): a storage fault here is left for the next
        write to say."""
        try:
            return self.journal(kind, details, **who)
        except QuittanceError:
            return False

    def journal_later(self, kind: str, details: dict[str, Any] | None = None, *, agent_id: str | None = None) -> bool:
        """An entry of someone leaving (a logout, the app stopping) waits in the side file and
        joins the chain at the next unlock: the database then ends where the agent left it, so
        the backup offered at closing stays the newest state, and restorable (a backup behind
        one more event is refused as behind the device's mark, core/restore.py)."""
        return journal_file.append(self.store.path, kind, details, at=iso(self.clock()), agent_id=agent_id)

    def journal_in(self, conn: "sqlite3.Connection", kind: str, details: dict[str, Any] | None = None,
                    *, agent_id: str | None = _UNSET) -> bool:
        ctx = journal.journal_context(conn, self.agent_id if agent_id is _UNSET else agent_id, iso(self.clock()))
        if ctx is None:
            return False
        if self.store.durability.refusal is not None:
            # A database behind its mark takes no event (core/durability.py), yet the agent may still
            # log in and read: the entry waits in the side file, without the agent (no personal data there).
            journal_file.append(self.store.path, kind, {k: v for k, v in (details or {}).items() if k != "agent_id"})
            return False
        journal.record(conn, ctx, kind, details)
        return True

    def join_side_file(self) -> int:
        """The side file's lines join the chain, each with its own "at"; the file is emptied after
        the commit. Lines already journaled (a crash between that commit and the emptying) are
        skipped; a damaged line is skipped and reported as one entry. Returns how many joined."""
        if not journal_file.side_path(self.store.path).exists():
            return 0
        joined = 0
        with journal_file.taking(self.store.path) as pending:
            if not pending.lines and not pending.damaged:
                return 0
            with self.store.transaction() as conn:
                ctx = journal.journal_context(conn, None, iso(self.clock()))
                if ctx is None:
                    raise _NotSetUp  # keep the lines for a device that is set up
                done = journal.recorded_side_ids(conn, [line["id"] for line in pending.lines])
                for line in pending.lines:
                    if line["id"] in done:
                        continue
                    journal.record(conn, replace(ctx, agent_id=line["agent_id"]), line["kind"], line["details"],
                                   at=line["at"])
                    done.add(line["id"])
                    joined += 1
                if pending.damaged:
                    journal.record(conn, ctx, "unlock", {"side_file_damaged_lines": pending.damaged})
        return joined

    def join_side_file_quietly(self) -> int:
        """At open: a side file that cannot join now (no device yet, writes refused) waits."""
        try:
            return self.join_side_file()
        except (_NotSetUp, QuittanceError, OSError):
            return 0


def journal_migration(store: "Store", clock: "Clock", old: int, new: int) -> None:
    """After the store's migration committed: from which schema version to which, by nobody. A
    database not set up yet has nothing to sign with; a write refused leaves the next to say so."""
    try:
        with store.transaction() as conn:
            ctx = journal.journal_context(conn, None, iso(clock()))
            if ctx is not None:
                journal.record(conn, ctx, "migration", {"from": old, "to": new})
    except QuittanceError:
        pass


class _NotSetUp(Exception):
    """The side file's lines stay: there is no device key to sign them with yet."""
