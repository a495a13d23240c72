"""The screens' read models: what the search, taxpayer card, home, print queue and receipt show,
each read in one snapshot. Read-only; writes and their orchestration stay in `Ledger`
(core/service.py), which holds one of these as `ledger.reads`."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from core import closings, config, payments, printqueue, registry, schedule, search, series, sessions, withdrawals
from core.changes import Changes
from core.clock import iso
from core.config import Municipality
from core.events import last_seq
from core.timezones import zone

if TYPE_CHECKING:
    from core.service import Ledger

# The device settings the home summary shows (what sync has pushed, and when it last ran).
HOME_SETTINGS = frozenset({"sync.pushed_seq", "sync.last_at"})


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
    geometry: str | None = None  # its outline, GeoJSON Polygon text (core/shapes.py)
    area_m2: float | None = None  # the outline's geodesic area


@dataclass(frozen=True)
class TaxpayerCard:
    taxpayer: dict[str, Any]
    zone_name: str | None
    objects: list[TaxableObject]
    balances: list[schedule.BalanceLine]
    payments: list[payments.Payment]
    # Left the device's zones (core/withdrawals.py): kept for its receipts, no longer served here.
    withdrawal: withdrawals.Withdrawal | None = None
    withdrawal_zone_name: str | None = None  # the zone it was moved to, or the zone taken

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
    # An original went to the printer and its outcome was never known: it may be on paper.
    print_outcome_unknown: bool = False
    # Issue 14 (core/series.py): the code of the receipt's registered series (None: unregistered,
    # printed so), and 4 characters of its payment event's signature, printed next to the number.
    series_code: str | None = None
    signature_excerpt: str = ""


@dataclass(frozen=True)
class HomeSummary:
    """What the home and sync screens show; `shows(changes)` says whether a write changed it."""
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

    @staticmethod
    def shows(changes: Changes) -> bool:
        """Whether a write changed these figures: a receipt or a session, the event log
        (pending events), or what sync records."""
        return bool(changes.payments or changes.sessions or changes.events or changes.settings & HOME_SETTINGS)


class ReadModels:
    """Read-only queries shaped for one screen each. They take the Ledger for its store and its
    idea of today (the municipality's date by the Ledger's clock), and never write."""

    def __init__(self, ledger: "Ledger") -> None:
        self._ledger = ledger

    @property
    def _store(self):  # noqa: ANN202 - core.store.Store; the Ledger may be given another clock or store later
        return self._ledger.store

    # -- month and year closings (core/closings.py) --------------------------------------
    def closings(self) -> list[closings.Closing]:
        with self._store.read() as conn:
            return closings.list_closings(conn)

    def closing(self, period: str) -> closings.Closing:
        with self._store.read() as conn:
            return closings.find_closing(conn, period)

    def closings_at_opening(self, session_id: str) -> list[closings.Closing]:
        """The months and years closed when this session was opened (the session screen says so)."""
        with self._store.read() as conn:
            return closings.closings_at_opening(conn, session_id)

    # -- search and registration ---------------------------------------------------------
    def search(self, text: str, limit: int = 20) -> list[SearchResult]:
        with self._store.read() as conn:
            hits = search.search_taxpayers(conn, text, limit)
            dues = schedule.total_due_by_taxpayer(conn, [h.taxpayer_id for h in hits])
        return [SearchResult(hit, dues.get(hit.taxpayer_id, 0)) for hit in hits]

    def similar_taxpayers(self, *, name: str, phone: str | None = None, latitude: float | None = None,
                          longitude: float | None = None, radius_m: float = 200.0) -> list[search.SearchHit]:
        """Possible duplicates before registering: the same phone, or a similar name nearby."""
        from core.duplicates import find_similar

        return find_similar(self._store.conn, name=name, phone=phone, latitude=latitude, longitude=longitude,
                            radius_m=radius_m)

    # -- the taxpayer card ---------------------------------------------------------------
    def taxpayer_card(self, taxpayer_id: str) -> TaxpayerCard:
        today = self._ledger.today()
        with self._store.read() as conn:
            row = dict(registry.get_taxpayer_row(conn, taxpayer_id))
            zone_row = conn.execute("SELECT name FROM zones WHERE id = ?", (row["zone_id"],)).fetchone()
            objects = [TaxableObject(r["id"], r["kind"], r["reference"], r["description"], json.loads(r["attributes"]),
                                     r["geometry"], _area(r["geometry"]))
                       for r in registry.taxable_objects_of(conn, taxpayer_id)]
            withdrawal = withdrawals.withdrawal_of(conn, taxpayer_id)
            new_zone = withdrawal and conn.execute("SELECT name FROM zones WHERE id = ?",
                                                   (withdrawal.zone_id,)).fetchone()
            return TaxpayerCard(row, zone_row[0] if zone_row else None, objects,
                                schedule.balances(conn, taxpayer_id, today),
                                payments.payments_of_taxpayer(conn, taxpayer_id), withdrawal,
                                new_zone[0] if new_zone else None)

    # -- the map (issue 12) ----------------------------------------------------------------
    def map_points(self, year: int | None = None) -> list:
        """Every located taxpayer with its payment status for `year` (core/map_points.py), by
        default the municipality's current year."""
        from core.map_points import map_points

        year = year or self._ledger.today().year
        with self._store.read() as conn:
            return map_points(conn, year)

    def zone_outlines(self) -> list:
        from core.map_points import zone_outlines

        with self._store.read() as conn:
            return zone_outlines(conn)

    # -- printing ------------------------------------------------------------------------
    def print_queue(self, limit: int | None = None) -> list[printqueue.QueuedReceipt]:
        """Valid receipts no copy was printed of yet, oldest first (see core/printqueue.py)."""
        with self._store.read() as conn:
            return printqueue.unprinted_receipts(conn, limit)

    def unprinted_count(self) -> int:
        with self._store.read() as conn:
            return printqueue.unprinted_count(conn)

    def receipt_facts(self, receipt_no: str) -> ReceiptFacts:
        with self._store.read() as conn:
            payment = payments.get_payment(conn, receipt_no)
            taxpayer = registry.get_taxpayer_row(conn, payment.taxpayer_id)
            zone_row = conn.execute("SELECT name FROM zones WHERE id = ?", (taxpayer["zone_id"],)).fetchone()
            agent = conn.execute("SELECT name FROM agents WHERE id = ?", (payment.agent_id,)).fetchone()
            tax = schedule.get_tax_type(conn, payment.tax_code)
            copies = conn.execute("SELECT count(*) FROM receipt_prints WHERE payment_id = ?", (payment.id,)).fetchone()[0]
            references = tuple(row[0] for row in conn.execute(
                "SELECT DISTINCT o.reference FROM taxable_objects o JOIN assessments a ON a.object_num = o.num "
                "WHERE o.taxpayer_num = ? AND a.tax_code = ? AND a.period = ? ORDER BY o.reference",
                (taxpayer["num"], payment.tax_code, payment.period)))
            municipality = config.load_municipality(conn)
            receipt_year, event_seq, signature = conn.execute(
                "SELECT p.receipt_year, e.seq, e.signature FROM payments p JOIN events e ON e.seq = p.event_seq "
                "WHERE p.id = ?", (payment.id,)).fetchone()
            # The receipt speaks the municipality's language, so its tax label does too.
            return ReceiptFacts(payment, municipality, config.load_device(conn).code,
                                agent[0] if agent else "?", taxpayer["name"], taxpayer["business_name"],
                                zone_row[0] if zone_row else None, tax.label_in(municipality.locale),
                                tax.periodicity, copies, taxpayer["id_number"] or None, references,
                                printqueue.print_outcome_unknown(conn, payment.id),
                                series.receipt_series_code(conn, receipt_year, event_seq),
                                series.signature_excerpt(signature))

    # -- home ----------------------------------------------------------------------------
    def home_summary(self) -> HomeSummary:
        today = self._ledger.today()
        with self._store.read() as conn:
            session_id = sessions.open_session_id(conn)
            opened = conn.execute("SELECT opened_at FROM cash_sessions WHERE id = ?", (session_id,)).fetchone()
            municipality = config.load_municipality(conn)
            day_start = datetime.combine(today, datetime.min.time(), zone(municipality.timezone if municipality else None))
            tally = sessions.receipt_tally(conn, issued_since=iso(day_start))
            pushed = config.load_setting(conn, "sync.pushed_seq", 0)  # see HOME_SETTINGS
            return HomeSummary(session_id, opened[0] if opened else None, tally,
                               last_seq(conn) - pushed, config.load_setting(conn, "sync.last_at"))


def _area(geometry: str | None) -> float | None:
    """An outline's geodesic area, or None (none, or one that does not read: verify says why)."""
    from core.errors import QuittanceError
    from core.geometry import area_of, polygon_from_text

    try:
        polygon = polygon_from_text(geometry)
    except QuittanceError:
        return None
    return area_of(polygon) if polygon else None
