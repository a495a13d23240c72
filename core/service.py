"""`Ledger`: the one entry point the command line, the printer layer and the app call.

Each method is one store transaction. Nothing here knows about screens, printers or networks."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from core import config, migrations, payments, printqueue, reference, registry, schedule, search, sessions
from core.clockguard import CLOCK_CONFIRMED, check_clock, last_confirmed_jump, last_device_time
from core.clock import Clock, iso, utc_now
from core.config import Agent, Device, Municipality
from core.context import WriteContext
from core.errors import QuittanceError, StorageFault
from core.faults import storage_fault
from core.events import last_seq
from core.ids import new_id
from core.keys import generate_keypair
from core import logo as municipal_logo
from core.store import Store
from core.textguard import check_text
from core.timezones import default_timezone, in_zone, zone
from core.verify import VerifyReport, mark_problem, verify_store


@dataclass(frozen=True)
class SearchResult:
    hit: search.SearchHit
    balance_due: int


@dataclass(frozen=True)
class TaxableObject:
    id: str
    kind: str
    reference: str
    description: str | None
    attributes: dict[str, Any]


@dataclass(frozen=True)
class TaxpayerCard:
    taxpayer: dict[str, Any]
    zone_name: str | None
    objects: list[TaxableObject]
    balances: list[schedule.BalanceLine]
    payments: list[payments.Payment]

    @property
    def total_due(self) -> int:
        return sum(max(0, line.due) for line in self.balances)

    def oldest_due(self) -> schedule.BalanceLine | None:
        """Where a payment goes by default: the oldest line still owed."""
        return next((line for line in self.balances if line.due > 0), None)


@dataclass(frozen=True)
class ReceiptFacts:
    """Everything a receipt shows, read in one snapshot."""
    payment: payments.Payment
    municipality: Municipality
    device_code: str
    agent_name: str
    taxpayer_name: str
    taxpayer_business_name: str | None
    zone_name: str | None
    tax_label: str
    tax_periodicity: str
    copies_printed: int
    # What identifies the taxpayer to a citizen (the internal id stays in the token only).
    taxpayer_id_number: str | None = None
    object_references: tuple[str, ...] = ()  # the taxable objects this tax and period were assessed on


@dataclass(frozen=True)
class HomeSummary:
    session_id: str | None
    session_opened_at: str | None
    today: sessions.ReceiptTally  # receipts issued today: issued, voided, net (as the Z-report counts them)
    pending_events: int
    last_sync_at: str | None

    @property
    def today_total(self) -> int:
        return self.today.net_amount

    @property
    def today_count(self) -> int:
        return self.today.net


class Ledger:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock
        self.agent_id: str | None = None
        self.clock_ahead_confirmed = False

    @classmethod
    def open(cls, path: str | Path, clock: Clock = utc_now, *, create: bool = False,
             progress: "migrations.Progress | None" = None) -> "Ledger":
        """`create=True` (init, the demo) may make a missing folder; see Store. `progress(fraction,
        label)` hears how a schema migration is going, if one is needed."""
        return cls(Store(path, create=create, progress=progress), clock)

    def close(self) -> None:
        self.store.close()

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
        with self.store.transaction() as conn:
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
            for name, pin in agents:
                self._add_agent(conn, name, pin)
        return device

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
        with self.store.transaction() as conn:
            return self._add_agent(conn, name, pin)

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

    def update_municipality(self, **changes: Any) -> Municipality:
        with self.store.transaction() as conn:
            current = config.load_municipality(conn)
            if current is None:
                raise QuittanceError("not_initialised")
            updated = Municipality(**{**current.__dict__, **changes})
            config.save_municipality(conn, updated)
            return updated

    def set_logo(self, logo: bytes | None) -> None:
        """Replace the municipality's logo with the bytes of a PNG or JPEG file, or remove it (None)."""
        png = municipal_logo.prepare_logo(logo) if logo is not None else None
        with self.store.transaction() as conn:
            if config.load_municipality(conn) is None:
                raise QuittanceError("not_initialised")
            municipal_logo.save_logo(conn, png)

    def logo(self) -> bytes | None:
        """The municipality's logo as a PNG, or None."""
        with self.store.read() as conn:
            return municipal_logo.load_logo(conn)

    def setting(self, key: str, default: Any = None) -> Any:
        return config.load_setting(self.store.conn, key, default)

    def save_setting(self, key: str, value: Any) -> None:
        with self.store.transaction() as conn:
            config.save_setting(conn, key, value)

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
            self.clock_ahead_confirmed = False
            ctx.emit(conn, CLOCK_CONFIRMED, {"previous": iso(last), "confirmed": iso(now), "agent_id": agent_id})
        return ctx

    def confirm_clock_ahead(self) -> None:
        """The agent has checked that the clock is right although it is more than a day past the last
        record, or back from a confirmed jump: the next write goes ahead and records the change."""
        self.clock_ahead_confirmed = True

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
        with self.store.transaction() as conn:
            ctx = self._ctx(conn)
            taxpayer_id = registry.register_taxpayer(conn, ctx, **fields)
            for obj in objects:
                registry.add_taxable_object(conn, ctx, taxpayer_id=taxpayer_id, **obj)
            return taxpayer_id

    def update_taxpayer(self, taxpayer_id: str, changes: dict[str, Any], expected_version: int,
                        new_objects: list[dict[str, Any]] = ()) -> int:
        """`expected_version` is the local version the screen loaded (a stale one is refused);
        the event's `base_version` is the server's version of the row (core/registry.py)."""
        with self.store.transaction() as conn:
            ctx = self._ctx(conn)
            version = registry.update_taxpayer(conn, ctx, taxpayer_id, changes, expected_version) if changes \
                else expected_version
            for obj in new_objects:
                registry.add_taxable_object(conn, ctx, taxpayer_id=taxpayer_id, **obj)
            return version

    def deactivate_taxpayer(self, taxpayer_id: str, expected_version: int) -> int:
        with self.store.transaction() as conn:
            return registry.deactivate_taxpayer(conn, self._ctx(conn), taxpayer_id, expected_version)

    def add_taxable_object(self, **fields: Any) -> str:
        with self.store.transaction() as conn:
            return registry.add_taxable_object(conn, self._ctx(conn), **fields)

    def zones(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self.store.conn.execute("SELECT id, code, name FROM zones ORDER BY name")]

    def tax_types(self) -> list[schedule.TaxType]:
        return schedule.list_tax_types(self.store.conn)

    def search(self, text: str, limit: int = 20) -> list[SearchResult]:
        with self.store.read() as conn:
            hits = search.search_taxpayers(conn, text, limit)
            dues = schedule.total_due_by_taxpayer(conn, [h.taxpayer_id for h in hits])
        return [SearchResult(hit, dues.get(hit.taxpayer_id, 0)) for hit in hits]

    def taxpayer_card(self, taxpayer_id: str) -> TaxpayerCard:
        with self.store.read() as conn:
            row = dict(registry.get_taxpayer_row(conn, taxpayer_id))
            zone = conn.execute("SELECT name FROM zones WHERE id = ?", (row["zone_id"],)).fetchone()
            objects = [TaxableObject(r["id"], r["kind"], r["reference"], r["description"], json.loads(r["attributes"]))
                       for r in registry.taxable_objects_of(conn, taxpayer_id)]
            return TaxpayerCard(row, zone[0] if zone else None, objects,
                                schedule.balances(conn, taxpayer_id, self.today()),
                                payments.payments_of_taxpayer(conn, taxpayer_id))

    def similar_taxpayers(self, *, name: str, phone: str | None = None, latitude: float | None = None,
                          longitude: float | None = None, radius_m: float = 200.0) -> list[search.SearchHit]:
        """Possible duplicates before registering: the same phone, or a similar name nearby."""
        from core.duplicates import find_similar

        return find_similar(self.store.conn, name=name, phone=phone, latitude=latitude, longitude=longitude,
                            radius_m=radius_m)

    # -- cash sessions and payments -----------------------------------------------------
    def open_session(self, opening_float: int = 0) -> str:
        with self.store.transaction() as conn:
            return sessions.open_session(conn, self._ctx(conn), opening_float)

    def close_session(self) -> sessions.ZReport:
        with self.store.transaction() as conn:
            return sessions.close_session(conn, self._ctx(conn))

    def current_session_id(self) -> str | None:
        return sessions.open_session_id(self.store.conn)

    def session_report(self, session_id: str | None = None) -> sessions.ZReport:
        """The Z-report of a closed session, or the running totals of the open one."""
        conn = self.store.conn
        session_id = session_id or sessions.require_open_session(conn)
        closed = sessions.closed_report(conn, session_id)
        return closed or sessions.build_z_report(conn, session_id, self.device.code, self.municipality.currency)

    def pay(self, **fields: Any) -> payments.Payment:
        with self.store.transaction() as conn:
            return payments.record_payment(conn, self._ctx(conn), **fields)

    def void(self, receipt_no: str, reason: str) -> payments.Payment:
        with self.store.transaction() as conn:
            return payments.void_payment(conn, self._ctx(conn), receipt_no, reason)

    def payment(self, receipt_no: str) -> payments.Payment:
        return payments.get_payment(self.store.conn, receipt_no)

    def record_print(self, receipt_no: str) -> int:
        with self.store.transaction() as conn:
            return payments.record_print(conn, self._ctx(conn), receipt_no)

    def print_queue(self, limit: int | None = None) -> list[printqueue.QueuedReceipt]:
        """Valid receipts no copy was printed of yet, oldest first (see core/printqueue.py)."""
        with self.store.read() as conn:
            return printqueue.unprinted_receipts(conn, limit)

    def unprinted_count(self) -> int:
        with self.store.read() as conn:
            return printqueue.unprinted_count(conn)

    def receipt_facts(self, receipt_no: str) -> ReceiptFacts:
        with self.store.read() as conn:
            payment = payments.get_payment(conn, receipt_no)
            taxpayer = registry.get_taxpayer_row(conn, payment.taxpayer_id)
            zone = conn.execute("SELECT name FROM zones WHERE id = ?", (taxpayer["zone_id"],)).fetchone()
            agent = conn.execute("SELECT name FROM agents WHERE id = ?", (payment.agent_id,)).fetchone()
            tax = schedule.get_tax_type(conn, payment.tax_code)
            copies = conn.execute("SELECT count(*) FROM receipt_prints WHERE payment_id = ?", (payment.id,)).fetchone()[0]
            references = tuple(row[0] for row in conn.execute(
                "SELECT DISTINCT o.reference FROM taxable_objects o JOIN assessments a ON a.object_num = o.num "
                "WHERE o.taxpayer_num = ? AND a.tax_code = ? AND a.period = ? ORDER BY o.reference",
                (taxpayer["num"], payment.tax_code, payment.period)))
            municipality = config.load_municipality(conn)
            # The receipt speaks the municipality's language, so its tax label does too.
            return ReceiptFacts(payment, municipality, config.load_device(conn).code,
                                agent[0] if agent else "?", taxpayer["name"], taxpayer["business_name"],
                                zone[0] if zone else None, tax.label_in(municipality.locale), tax.periodicity, copies,
                                taxpayer["id_number"] or None, references)

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
                                  identity=(device.id, device.code) if device else None)
        problem = mark_problem(self.store.durability.refusal)
        if problem is not None:  # the device's own anchor outside the file
            report.problems.append(problem)
        return report

    def home_summary(self) -> HomeSummary:
        with self.store.read() as conn:
            session_id = sessions.open_session_id(conn)
            opened = conn.execute("SELECT opened_at FROM cash_sessions WHERE id = ?", (session_id,)).fetchone()
            day_start = datetime.combine(self.today(), datetime.min.time(), zone(self._timezone()))
            today = sessions.receipt_tally(conn, issued_since=iso(day_start))
            pushed = config.load_setting(conn, "sync.pushed_seq", 0)
            return HomeSummary(session_id, opened[0] if opened else None, today,
                               last_seq(conn) - pushed, config.load_setting(conn, "sync.last_at"))
