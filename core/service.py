"""`Ledger`: the one entry point the command line, the printer layer and the app call.

Each write is one store transaction and reports what it changed (core/changes.py); `operation()`
hands those changes back with the result. The screens' read models live in core/read_models.py
(`ledger.reads`). Nothing here knows about screens, printers or networks."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, TypeVar

from core import config, journal, migrations, payments, printqueue, reference, registry, schedule, sessions, shapes, vault
from core.changes import NOTHING, ChangeLog, Changes, Done, ids, merged
from core.clockguard import CLOCK_CONFIRMED, check_clock, last_confirmed_jump, last_device_time
from core.clock import Clock, iso, utc_now
from core.config import Agent, Device, Municipality
from core.context import WriteContext
from core.errors import QuittanceError, StorageFault
from core.faults import storage_fault
from core.events import last_seq
from core.forms.ledger_submissions import SubmissionsLedger
from core.ledger_journal import JournalLedger, journal_migration
from core.ledger_settings import SettingsLedger
from core.ids import id_bytes, new_id
from core.keys import generate_keypair
from core import logo as municipal_logo
from core.read_models import ReadModels
from core.store import Store
from core.textguard import check_text
from core.timezones import default_timezone, in_zone
from core.handover import SERVER_KEY_SETTING
from core.verify import VerifyReport, mark_problem, verify_store

if TYPE_CHECKING:
    from core.forms.model import Form
    from core.forms.store import FormSummary

T = TypeVar("T")


# Census drafts and submissions: core/forms/ledger_submissions.py; the technical journal:
# core/ledger_journal.py; the municipality's and the device's settings: core/ledger_settings.py.
class Ledger(SubmissionsLedger, JournalLedger, SettingsLedger):
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock
        self.agent_id: str | None = None
        self.clock_ahead_confirmed = False
        self.closing_clock_confirmed = False  # the clock is right for the closings the next opening makes
        self.reads = ReadModels(self)  # the screens' read-only queries
        self._changes = ChangeLog()

    # -- operations: writes and what they changed ----------------------------------------
    def operation(self, write: Callable[["Ledger"], T]) -> Done[T]:
        """Run `write(ledger)` (one or more Ledger writes) and return its value with every change
        its writes committed, as Anki's operations return OpChanges. Writes made by other threads
        meanwhile are not counted."""
        with self._changes.collecting() as collected:
            value = write(self)
        return Done(value, merged(collected))

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction that notes, once committed, whether the event log grew (a clock
        confirmation can add an event to any write)."""
        with self.store.transaction() as conn:
            before = last_seq(conn)
            yield conn
            grew = last_seq(conn) > before
        if grew:
            self._changes.note(Changes(events=True))

    def _changed(self, value: T, changes: Changes) -> T:
        """Report a committed write's changes to the operation around it, and pass its value on."""
        self._changes.note(changes)
        return value

    @classmethod
    def open(cls, path: str | Path, clock: Clock = utc_now, *, create: bool = False,
             progress: "migrations.Progress | None" = None, key: bytes | None = None) -> "Ledger":
        """`create=True` (init, the demo) may make a missing folder; see Store. `progress(fraction,
        label)` hears how a schema migration is going, if one is needed. `key` is the database's
        data key when the caller has it (see Store for where it comes from otherwise)."""
        ledger = cls(Store(path, create=create, progress=progress, key=key,
                           on_migrated=lambda store, old, new: journal_migration(store, clock, old, new)), clock)
        ledger.join_side_file_quietly()  # what waited while the database was locked (core/journal_file.py)
        return ledger

    def close(self) -> None:
        self.store.close()

    def encrypt_if_plain(self, agent_id: str, name: str, pin: str | None,
                         progress: "Callable[[float, str], None] | None" = None) -> bool:
        """After an agent's successful login on a plain (pre-encryption) database: encrypt it in
        place, the key wrapped for this agent (and openly on the demo). False when already encrypted."""
        if self.store.encrypted or not self.is_initialised():
            return False
        demo, locale = self.setting("demo") is True, self.locale
        self.store.encrypt_in_place(progress, [(agent_id, name, pin)], open_wrap=demo, locale=locale)
        return True

    # -- configuration -------------------------------------------------------------------
    def is_initialised(self) -> bool:
        return config.load_device(self.store.conn) is not None

    def initialise(self, municipality: Municipality, device_code: str,
                   agents: list[tuple[str, str | None]] = (), logo: bytes | None = None) -> Device:
        """Make the device's key pair and identity. `agents` are (name, pin or None); `logo` is
        the bytes of a PNG or JPEG file (core/logo.py), stored in the database."""
        code = config.validate_device_code(device_code)
        logo_png = municipal_logo.prepare_logo(logo) if logo is not None else None
        if not municipality.timezone:
            municipality = Municipality(**{**municipality.__dict__,
                                           "timezone": default_timezone(municipality.currency)})
        config.validate_municipality(municipality)
        for name, _pin in agents:
            check_text(name, "agent_name")
        check_clock(self.clock(), None)
        with self._write() as conn:
            existing = config.load_device(conn)
            if existing:
                raise QuittanceError("already_initialised", device_code=existing.code)
            if last_seq(conn):  # a ledger whose device settings were deleted: never start a second chain on it
                raise QuittanceError("init_over_a_ledger", events=last_seq(conn))
            private_hex, public_hex = generate_keypair()
            device = Device(new_id(), code, private_hex)
            config.save_device(conn, device)
            config.save_municipality(conn, municipality)
            if logo_png is not None:
                municipal_logo.save_logo(conn, logo_png)
            ctx = WriteContext(device, municipality, None, iso(self.clock()))
            ctx.emit(conn, "device.initialised", {"device_id": device.id, "device_code": code,
                                                  "public_key": public_hex, "municipality": municipality.code})
            made = [(self._add_agent(conn, name, pin), name.strip(), pin) for name, pin in agents]
        # After the commit: the envelope wraps the data key of a database that now exists.
        vault.on_initialised(self.store.path, self.store.key, made, open_wrap=False)
        return self._changed(device, Changes(municipality=True, agents=bool(agents)))

    def _add_agent(self, conn, name: str, pin: str | None) -> str:
        """An agent the device makes for itself before enrollment: through the apply path of
        server data with origin 'device-local' (core/reference.py), never a raw row. Its events
        name its local id; at enrollment the server's agents arrive by the same path."""
        check_text(name, "agent_name")
        agent_id = new_id()
        reference.apply_server_records(conn, [reference.agent_record(
            agent_id, name.strip(), config.hash_pin(pin) if pin else None)], origin="device-local")
        return agent_id

    def add_agent(self, name: str, pin: str | None = None) -> str:
        with self._write() as conn:
            agent_id = self._add_agent(conn, name, pin)
        vault.on_agent_added(self.store.path, self.store.key, agent_id, name.strip(), pin)
        return self._changed(agent_id, Changes(agents=True))

    @property
    def municipality(self) -> Municipality:
        found = config.load_municipality(self.store.conn)
        if found is None:
            raise QuittanceError("not_initialised")
        return found

    @property
    def device(self) -> Device:
        found = config.load_device(self.store.conn)
        if found is None:
            raise QuittanceError("not_initialised")
        return found

    @property
    def locale(self) -> str:
        found = config.load_municipality(self.store.conn)
        return found.locale if found else "fr"

    def agents(self) -> list[Agent]:
        rows = self.store.conn.execute("SELECT id, name, active FROM agents ORDER BY name").fetchall()
        return [Agent(r[0], r[1], bool(r[2])) for r in rows]

    def find_agent(self, name_or_id: str) -> Agent:
        for agent in self.agents():
            if name_or_id in (agent.id, agent.name) or agent.name.casefold() == name_or_id.casefold():
                return agent
        raise QuittanceError("unknown_agent", agent=name_or_id)

    def check_pin(self, agent_id: str, pin: str) -> bool:
        row = self.store.conn.execute("SELECT pin_hash FROM agents WHERE id = ?", (agent_id,)).fetchone()
        return bool(row) and config.check_pin(pin, row[0])

    def act_as(self, agent_id: str) -> None:
        self.agent_id = agent_id

    def _ctx(self, conn) -> WriteContext:
        device = config.load_device(conn)
        municipality = config.load_municipality(conn)
        if device is None or municipality is None:
            raise QuittanceError("not_initialised")
        try:  # a key edited away outside Quittance: nothing can be signed, so nothing is recorded
            device.public_key
        except ValueError:
            raise config.settings_damaged(conn, "device.private_key") from None
        # The acting agent is the one who logged in (or `--as` on the command line): never a
        # default. Every event names them, so the server can check their zones.
        agent_id = self.agent_id
        if agent_id is None:
            raise QuittanceError("agent_required")
        now = self.clock()
        last = last_device_time(conn)
        changed = check_clock(now, last, confirmed=self.clock_ahead_confirmed,
                              jump=lambda: last_confirmed_jump(conn))
        ctx = WriteContext(device, municipality, agent_id, iso(now))
        if changed:
            # The agent's confirmation is spent on this change; another jump asks again.
            self.clock_ahead_confirmed = self.closing_clock_confirmed = False
            ctx.emit(conn, CLOCK_CONFIRMED, {"previous": iso(last), "confirmed": iso(now), "agent_id": agent_id})
            journal.record(conn, ctx, "clock_jump", {"previous": iso(last), "confirmed": iso(now)})
        return ctx

    def confirm_clock_ahead(self) -> None:
        """The agent has checked that the clock is right although it is more than a day past the last
        record, or back from a confirmed jump: the next write goes ahead and records the change."""
        self.clock_ahead_confirmed = True
        self.closing_clock_confirmed = True  # the same answer covers the closings (closing_clock_check)

    def today(self) -> date:
        """The date in the municipality's zone, which decides periods, arrears and receipt years."""
        return in_zone(self.clock(), self._timezone()).date()

    def _timezone(self) -> str | None:
        found = config.load_municipality(self.store.conn)
        return found.timezone if found else None

    # -- registry ------------------------------------------------------------------------
    def register_taxpayer(self, *, objects: list[dict[str, Any]] = (), **fields: Any) -> str:
        """Register a taxpayer, and their taxable objects (dicts of kind, reference, description,
        attributes) in the same transaction: a power cut never leaves half of them."""
        with self._write() as conn:
            ctx = self._ctx(conn)
            taxpayer_id = registry.register_taxpayer(conn, ctx, **fields)
            for obj in objects:
                registry.add_taxable_object(conn, ctx, taxpayer_id=taxpayer_id, **obj)
        return self._changed(taxpayer_id, Changes(taxpayers=ids(taxpayer_id)))

    def update_taxpayer(self, taxpayer_id: str, changes: dict[str, Any], expected_version: int,
                        new_objects: list[dict[str, Any]] = ()) -> int:
        """`expected_version` is the local version the screen loaded (a stale one is refused);
        the event's `base_version` is the server's version of the row (core/registry.py)."""
        with self._write() as conn:
            ctx = self._ctx(conn)
            version = registry.update_taxpayer(conn, ctx, taxpayer_id, changes, expected_version) if changes \
                else expected_version
            for obj in new_objects:
                registry.add_taxable_object(conn, ctx, taxpayer_id=taxpayer_id, **obj)
        # Saving the form unchanged changes nothing, and says so.
        return self._changed(version, Changes(taxpayers=ids(taxpayer_id)) if changes or new_objects else NOTHING)

    def deactivate_taxpayer(self, taxpayer_id: str, expected_version: int) -> int:
        with self._write() as conn:
            version = registry.deactivate_taxpayer(conn, self._ctx(conn), taxpayer_id, expected_version)
        return self._changed(version, Changes(taxpayers=ids(taxpayer_id)))

    def add_taxable_object(self, **fields: Any) -> str:
        with self._write() as conn:
            object_id = registry.add_taxable_object(conn, self._ctx(conn), **fields)
        return self._changed(object_id, Changes(taxpayers=ids(fields.get("taxpayer_id"))))

    def shape_taxable_object(self, taxable_object_id: str, points: Any) -> str | None:
        """Set (None: remove) a taxable object's outline, vertices (lon, lat) or a GeoJSON Polygon."""
        with self._write() as conn:
            text = shapes.shape_taxable_object(conn, self._ctx(conn), taxable_object_id, points)
            owner = conn.execute("SELECT t.id FROM taxable_objects o JOIN taxpayers t ON t.num = o.taxpayer_num "
                                 "WHERE o.id = ?", (id_bytes(taxable_object_id),)).fetchone()[0]
        return self._changed(text, Changes(taxpayers=ids(owner)))

    def object_shape(self, taxable_object_id: str) -> tuple[dict[str, Any], float] | None:
        """(GeoJSON Polygon, geodesic area in m²) of an object's outline, or None."""
        return shapes.object_shape(self.store.conn, taxable_object_id)

    # -- census forms (core/forms/store.py) -------------------------------------------------
    def import_form(self, path: str | Path) -> "Form":
        """Load an XLSForm and record it (event `form.imported`); an identical one already here
        is returned unchanged. QuittanceError `form_refused` names the cell at fault."""
        from core.forms import store as form_store
        from core.forms.xlsform import load_xlsform

        form = load_xlsform(path)  # before the transaction: pyxform's work holds no lock
        with self._write() as conn:
            form_store.import_form(conn, self._ctx(conn), form)
        return self._changed(form, NOTHING)

    def forms(self) -> list["FormSummary"]:
        from core.forms import store as form_store

        return form_store.list_forms(self.store.conn)

    def form(self, form_id: str, version: str | None = None) -> "Form":
        """The form at `version`, its latest version when None."""
        from core.forms import store as form_store

        return form_store.get_form(self.store.conn, form_id, version)

    def zones(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self.store.conn.execute("SELECT id, code, name FROM zones ORDER BY name")]

    def tax_types(self) -> list[schedule.TaxType]:
        return schedule.list_tax_types(self.store.conn)

    # -- cash sessions and payments -----------------------------------------------------
    def open_session(self, opening_float: int = 0) -> str:
        confirmed = self.closing_clock_confirmed  # read before _ctx spends the agent's answer
        with self._write() as conn:
            session_id = sessions.open_session(conn, self._ctx(conn), opening_float, clock_confirmed=confirmed)
        self.closing_clock_confirmed = False  # spent on the closings this opening made
        return self._changed(session_id, Changes(sessions=ids(session_id)))

    def close_session(self) -> sessions.ZReport:
        with self._write() as conn:
            report = sessions.close_session(conn, self._ctx(conn))
        return self._changed(report, Changes(sessions=ids(report.session_id)))

    def current_session_id(self) -> str | None:
        return sessions.open_session_id(self.store.conn)

    def session_report(self, session_id: str | None = None) -> sessions.ZReport:
        """The Z-report of a closed session, or the running totals of the open one."""
        conn = self.store.conn
        session_id = session_id or sessions.require_open_session(conn)
        closed = sessions.closed_report(conn, session_id)
        return closed or sessions.build_z_report(conn, session_id, self.device.code, self.municipality.currency)

    def pay(self, **fields: Any) -> payments.Payment:
        with self._write() as conn:
            payment = payments.record_payment(conn, self._ctx(conn), **fields)
        # A new receipt waits for its first printed copy.
        return self._changed(payment, Changes(taxpayers=ids(payment.taxpayer_id), payments=ids(payment.receipt_no),
                                              sessions=ids(payment.session_id), print_queue=True))

    def void(self, receipt_no: str, reason: str) -> payments.Payment:
        with self._write() as conn:
            was_queued = payments.copies_printed(conn, receipt_no) == 0
            voided = payments.void_payment(conn, self._ctx(conn), receipt_no, reason)
            counted_in = sessions.open_session_id(conn)  # the void counts in the session open now
        return self._changed(voided, Changes(taxpayers=ids(voided.taxpayer_id), payments=ids(voided.receipt_no),
                                             sessions=ids(counted_in), print_queue=was_queued))

    def payment(self, receipt_no: str) -> payments.Payment:
        return payments.get_payment(self.store.conn, receipt_no)

    def record_print(self, receipt_no: str) -> int:
        with self._write() as conn:
            copy = payments.record_print(conn, self._ctx(conn), receipt_no)
            number = payments.get_payment(conn, receipt_no).receipt_no  # as stored, whatever case was typed
            if copy > 1:
                self.journal_in(conn, "reprint", {"receipt_no": number, "copy": copy})
        # Only the first copy takes a receipt off the print queue.
        return self._changed(copy, Changes(payments=ids(number), print_queue=copy == 1))

    def note_print_started(self, receipt_no: str) -> None:
        """Committed before an original's first byte goes to the printer: if the process stops
        before the copy is recorded, its next copy says DUPLICATA (core/printqueue.py)."""
        with self.store.transaction() as conn:
            printqueue.note_print_started(conn, payments.get_payment(conn, receipt_no).id, iso(self.clock()))

    def forget_print_started(self, receipt_no: str) -> None:
        """The printer refused the job: the next try prints the original again."""
        with self.store.transaction() as conn:
            printqueue.forget_print_started(conn, payments.get_payment(conn, receipt_no).id)

    def check_storage(self) -> None:
        """Raise the StorageFault that still stops writes, if any (the app's "check again")."""
        self.store.check()

    def standing_storage_fault(self) -> StorageFault | None:
        """The fault already known to stop writes (e.g. a database behind its mark), without I/O."""
        return self.store.standing_fault

    def as_storage_fault(self, error: BaseException) -> StorageFault | None:
        """The StorageFault an error from this ledger stands for, if it is one."""
        return storage_fault(error, self.store.path)

    # -- oversight -----------------------------------------------------------------------
    def verify(self, anchors: list[str] = ()) -> VerifyReport:
        """Check the chain, its signature, every event-built table and the numbering; `anchors` are
        texts from outside the file (a receipt's QR token or URL, a Z-report's chain head)."""
        with self.store.read() as conn:
            device = config.load_device(conn)
            report = verify_store(conn, device.private_key if device else None, anchors,
                                  identity=(device.id, device.code) if device else None,
                                  server_key=config.load_setting(conn, SERVER_KEY_SETTING))
        problem = mark_problem(self.store.durability.refusal)
        if problem is not None:  # the device's own anchor outside the file
            report.problems.append(problem)
        return report
