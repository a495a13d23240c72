"""`verify`: walk the whole event chain and the receipt numbering, and name the first break."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from core.events import GENESIS_HASH, chain_hash
from core.payments import Payment, _PAYMENT_SELECT, _payment_from_row, payment_event_data
from core.token import verify_token
from core.errors import QuittanceError


# What each break means, for the supervisor who reads it: (en, fr, pt).
_PROBLEMS: dict[str, tuple[str, str, str]] = {
    "event_missing": ("missing (next stored event is #{next})", "manquant (l'événement suivant conservé est le n° {next})",
                      "em falta (o evento seguinte guardado é o n.º {next})"),
    "prev_hash": ("prev_hash does not match the previous event's hash",
                  "prev_hash ne correspond pas au hash de l'événement précédent",
                  "prev_hash não corresponde ao hash do evento anterior"),
    "hash": ("hash does not match its payload (edited)", "le hash ne correspond pas au contenu (modifié)",
             "o hash não corresponde ao conteúdo (alterado)"),
    "not_json": ("payload is not JSON", "contenu illisible (pas du JSON)", "conteúdo ilegível (não é JSON)"),
    "reordered": ("stored seq/type/id differ from the hashed payload (reordered)",
                  "seq/type/id enregistrés diffèrent du contenu haché (réordonné)",
                  "seq/type/id guardados diferem do conteúdo com hash (reordenado)"),
    "payment_no_event": ("payment {receipt_no} has no matching event", "le paiement {receipt_no} n'a pas d'événement",
                         "o pagamento {receipt_no} não tem evento"),
    "payment_edited": ("payment {receipt_no} differs from its event (edited)",
                       "le paiement {receipt_no} diffère de son événement (modifié)",
                       "o pagamento {receipt_no} difere do seu evento (alterado)"),
    "signature": ("receipt {receipt_no}: signature invalid", "reçu {receipt_no} : signature invalide",
                  "recibo {receipt_no}: assinatura inválida"),
    "token_mismatch": ("receipt {receipt_no}: token does not match the payment",
                       "reçu {receipt_no} : le jeton signé ne correspond pas au paiement",
                       "recibo {receipt_no}: o token assinado não corresponde ao pagamento"),
    "payment_missing": ("payment {receipt_no} recorded in the log is missing",
                        "le paiement {receipt_no} inscrit au journal a disparu",
                        "o pagamento {receipt_no} registado no diário desapareceu"),
    "void_edited": ("void differs from its event (edited)", "l'annulation diffère de son événement (modifiée)",
                    "a anulação difere do seu evento (alterada)"),
    "number_missing": ("receipt number {receipt_no} is missing", "le numéro de reçu {receipt_no} manque",
                       "falta o número de recibo {receipt_no}"),
}
_EVENT_PREFIX = {"en": "event #{seq}: ", "fr": "événement n° {seq} : ", "pt": "evento n.º {seq}: "}


@dataclass(frozen=True)
class Problem:
    seq: int | None  # the event concerned, when there is one
    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, seq: int | None, code: str, **params: object) -> "Problem":
        return cls(seq, code, tuple(params.items()))

    def message(self, locale: str = "en") -> str:
        index = {"en": 0, "fr": 1, "pt": 2}.get(locale, 1)
        text = _PROBLEMS[self.code][index].format(**dict(self.params))
        if self.seq is None:
            return text
        return _EVENT_PREFIX.get(locale, _EVENT_PREFIX["fr"]).format(seq=self.seq) + text

    @property
    def detail(self) -> str:
        return _PROBLEMS[self.code][0].format(**dict(self.params))

    def __str__(self) -> str:
        return self.message("en")


@dataclass
class VerifyReport:
    events: int = 0
    payments: int = 0
    voids: int = 0
    last_hash: str = GENESIS_HASH
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_problem(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def verify_store(conn: sqlite3.Connection, public_key_hex: str) -> VerifyReport:
    report = VerifyReport()
    payment_events = _walk_chain(conn, report)
    chain_intact = report.ok
    # Past a break, nothing can be trusted; the records after it would only repeat the same news.
    verified_upto = report.events if chain_intact else (report.problems[0].seq or 0) - 1
    _check_payments(conn, report, payment_events, public_key_hex, verified_upto)
    _check_voids(conn, report, verified_upto)
    if chain_intact:
        _check_numbering(conn, report, payment_events)
    report.problems.sort(key=lambda p: (p.seq is None, p.seq or 0))
    return report


def _walk_chain(conn: sqlite3.Connection, report: VerifyReport) -> dict[int, dict]:
    """Check seq continuity and every hash link; return payment events' data by seq."""
    expected_seq, prev_hash = 1, GENESIS_HASH
    payment_events: dict[int, dict] = {}
    for seq, event_id, event_type, payload, stored_prev, stored_hash in conn.execute(
        "SELECT seq, id, type, payload, prev_hash, hash FROM events ORDER BY seq"
    ):
        report.events += 1
        if seq != expected_seq:
            report.problems.append(Problem.of(expected_seq, "event_missing", next=seq))
            return payment_events
        if stored_prev != prev_hash:
            report.problems.append(Problem.of(seq, "prev_hash"))
            return payment_events
        if chain_hash(stored_prev, payload) != stored_hash:
            report.problems.append(Problem.of(seq, "hash"))
            return payment_events
        try:
            body = json.loads(payload)
        except ValueError:
            report.problems.append(Problem.of(seq, "not_json"))
            return payment_events
        if body.get("seq") != seq or body.get("type") != event_type or body.get("id") != event_id:
            report.problems.append(Problem.of(seq, "reordered"))
            return payment_events
        if event_type == "payment.recorded":
            payment_events[seq] = body["data"]
        expected_seq, prev_hash = seq + 1, stored_hash
    report.last_hash = prev_hash
    return payment_events


def _check_payments(conn: sqlite3.Connection, report: VerifyReport, payment_events: dict[int, dict],
                    public_key_hex: str, verified_upto: int) -> None:
    rows = conn.execute(_PAYMENT_SELECT.replace("FROM payments p", ", p.event_seq FROM payments p")).fetchall()
    seen_events = set()
    for row in rows:
        report.payments += 1
        event_seq = row[-1]
        payment: Payment = _payment_from_row(row[:-1])
        if event_seq > verified_upto:
            continue
        data = payment_events.get(event_seq)
        if data is None:
            report.problems.append(Problem.of(event_seq, "payment_no_event", receipt_no=payment.receipt_no))
            continue
        seen_events.add(event_seq)
        if data != payment_event_data(_as_recorded(payment)):
            report.problems.append(Problem.of(event_seq, "payment_edited", receipt_no=payment.receipt_no))
            continue
        try:
            claims = verify_token(payment.token, public_key_hex)
        except QuittanceError:
            report.problems.append(Problem.of(event_seq, "signature", receipt_no=payment.receipt_no))
            continue
        if (claims.receipt_no, claims.amount, claims.taxpayer_id) != (payment.receipt_no, payment.amount, payment.taxpayer_id):
            report.problems.append(Problem.of(event_seq, "token_mismatch", receipt_no=payment.receipt_no))
    for seq, data in payment_events.items():
        if seq not in seen_events and not any(p.seq == seq for p in report.problems):
            report.problems.append(Problem.of(seq, "payment_missing", receipt_no=data.get("receipt_no")))


def _as_recorded(payment: Payment) -> Payment:
    # Voiding is a separate record; the payment as recorded was never voided.
    return Payment(**{**payment.__dict__, "voided": False, "void_reason": None})


def _check_voids(conn: sqlite3.Connection, report: VerifyReport, verified_upto: int) -> None:
    for void_id, payment_id, reason, event_seq, payload in conn.execute(
        "SELECT v.id, v.payment_id, v.reason, v.event_seq, e.payload FROM voids v "
        "LEFT JOIN events e ON e.seq = v.event_seq"
    ):
        report.voids += 1
        if event_seq > verified_upto:
            continue
        data = json.loads(payload)["data"] if payload else None
        if not data or data.get("id") != void_id or data.get("payment_id") != payment_id or data.get("reason") != reason:
            report.problems.append(Problem.of(event_seq, "void_edited"))


def _check_numbering(conn: sqlite3.Connection, report: VerifyReport, payment_events: dict[int, dict]) -> None:
    """Receipt numbers, per year, must run 1..N with none missing, up to the counter."""
    by_year: dict[int, set[int]] = {}
    prefix_of: dict[int, str] = {}
    for data in payment_events.values():
        device_code, year, seq = data["receipt_no"].rsplit("-", 2)
        by_year.setdefault(int(year), set()).add(int(seq))
        prefix_of[int(year)] = f"{device_code}-{year}"
    counters = dict(conn.execute("SELECT year, last_seq FROM receipt_counters").fetchall())
    for year in sorted(set(by_year) | set(counters)):
        numbers = by_year.get(year, set())
        top = max(counters.get(year, 0), max(numbers, default=0))
        prefix = prefix_of.get(year) or f"?-{year}"
        for expected in range(1, top + 1):
            if expected not in numbers:
                report.problems.append(Problem.of(None, "number_missing", receipt_no=f"{prefix}-{expected:06d}"))
                break
