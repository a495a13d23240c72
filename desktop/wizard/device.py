"""The first start's work on the device database, with no screen in it: whether the wizard is
needed, making and enrolling the device, and where the wizard stopped.

A fresh install has no database. The wizard makes it only when the agent enrolls: the device's
key pair is made (`Ledger.initialise`, as `quittance init` does) and sent with the one-time code
in the same background work. The municipality the device starts with is provisional; the
server's configuration replaces it at once (sync/client/enroll.py: the server's municipality
wins field by field, the device code it gives replaces ours, its agents are pulled).

A marker file next to the database (`device.db.first-start`) says the first start is not over,
so the start-up can tell without opening the database (it may be encrypted). It is written
before the database is made and removed at Finish: a wizard closed halfway, or a power cut,
leaves the marker and the next start resumes where the agent was. The step reached is also a
setting in the ledger once the ledger exists."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from core.config import Municipality
from core.service import Ledger
from sync.client import state
from sync.client.enroll import Enrollment, enroll_ledger, server_address
from sync.client.http import Backoff

MARKER_SUFFIX = ".first-start"
STEP_SETTING = "first_start_step"  # the page the agent reached after enrollment
# What the device is called until the server names it (the server always sends a device code).
PROVISIONAL_DEVICE_CODE = "NEW"
PROVISIONAL_MUNICIPALITY_CODE = "NEW"
PROVISIONAL_CURRENCY = "XOF"  # any valid one: no payment exists yet, so the server's replaces it


@dataclass(frozen=True)
class DeviceFacts:
    """What the summary shows of the enrolled device."""
    device_code: str
    municipality: str
    server_url: str
    agents: tuple[str, ...]


def marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + MARKER_SUFFIX)


def needs_first_start(db_path: Path) -> bool:
    """A fresh install (no database yet), or a first start that was left before its end."""
    return not db_path.exists() or marker_path(db_path).exists()


def mark_started(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    marker_path(db_path).write_text("the first-start wizard has not finished\n", encoding="utf-8")


def mark_finished(db_path: Path) -> None:
    marker_path(db_path).unlink(missing_ok=True)


def open_existing(db_path: Path) -> Ledger | None:
    """The ledger a first start left halfway, or None when there is none yet."""
    return Ledger.open(db_path) if db_path.exists() else None


def is_enrolled(ledger: Ledger | None) -> bool:
    if ledger is None or not ledger.is_initialised():
        return False
    with ledger.store.read() as conn:
        return state.is_enrolled(conn)


def provisional_municipality(server_url: str, locale: str) -> Municipality:
    """The municipality the device holds for the instant between its key pair and enrollment."""
    host = urlsplit(server_address(server_url)).hostname or "Quittance"
    return Municipality(name=host, code=PROVISIONAL_MUNICIPALITY_CODE, currency=PROVISIONAL_CURRENCY,
                        locale=locale, timezone="UTC")


def make_device(db_path: Path, ledger: Ledger | None, server_url: str, language: str) -> Ledger:
    """On a worker thread, when the agent enrolls: the database and the device's key pair, unless
    a first try that the server refused made them already (they are kept: the same key enrolls).
    A bad address is refused before anything is written."""
    url = server_address(server_url)
    if ledger is None:
        mark_started(db_path)  # first: a power cut from here on resumes the wizard
        ledger = Ledger.open(db_path, create=True)
    if not ledger.is_initialised():
        ledger.initialise(provisional_municipality(server_url, language), PROVISIONAL_DEVICE_CODE, [])
    # The address too, so a refused try resumed after a restart still shows what was typed (the
    # Settings screen reads the same key; enrollment writes it again once the server said yes).
    ledger.save_settings({"language": language, state.SERVER_URL: url})
    return ledger


def enroll(ledger: Ledger, server_url: str, code: str, *, transport: httpx.BaseTransport | None = None,
           backoff: Backoff | None = None) -> Enrollment:
    """On the sync lane: the enrollment itself, as the Sync screen's (sync/client/enroll.py)."""
    return enroll_ledger(ledger, server_url, code, transport=transport, backoff=backoff)


def device_facts(ledger: Ledger) -> DeviceFacts:
    with ledger.store.read() as conn:
        server = state.get(conn, state.SERVER_URL) or ""
    return DeviceFacts(ledger.device.code, ledger.municipality.name, server,
                       tuple(agent.name for agent in ledger.agents() if agent.active))
