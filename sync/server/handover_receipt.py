"""The signed handover receipt the agent takes home: a narrow receipt-like PDF (80 mm roll) of one
sign-off (reconcile_signoff.SignOff): the notes and coins counted (face × pieces = amount), the
total counted, the expected cash, the variance, who signed off whose cash for which day, and a QR
code that carries the signed record itself, so anyone holding the server's public key can check
the paper against it (`verify_qr_text`).

It is drawn with printing's one document model and PDF renderer, in the municipality's language;
its few words live here, as the receipt's own live in printing.labels."""
from __future__ import annotations

import json
from typing import Any

from core.canonical import canonical_json
from core.money import format_money
from printing.labels import local_datetime
from printing.model import QR, Blank, Block, Document, Pair, Rule, Text
from printing.pdf import ROLL, PageStyle, render_pdf

from sync.server.reconcile_signoff import SignOff, signature_valid

QR_KIND = "quittance.cash_signoff.signed"
# The QR carries the whole record (about 1.5 kB for two sessions): drawn across the roll's full
# column its modules stay about half a millimetre wide, which a phone and a 203 dpi printer keep.
HANDOVER_ROLL = PageStyle(ROLL.width, None, ROLL.margin_x, ROLL.margin_y, ROLL.column, ROLL.size, ROLL.tall,
                          ROLL.big, ROLL.column)

WORDS: dict[str, dict[str, str]] = {
    "en": {"title": "CASH HANDOVER RECEIPT", "subtitle": "Signed off by the supervisor", "day": "Day",
           "agent": "Agent", "supervisor": "Supervisor", "number": "Sign-off no.", "at": "Signed at",
           "counted": "Notes and coins counted", "typed": "Amount counted", "total": "TOTAL COUNTED",
           "before": "Handed in before", "expected": "Expected cash", "handed_in": "Handed in, all told",
           "variance": "VARIANCE", "balanced": "balanced", "shortfall": "shortfall", "surplus": "surplus",
           "note": "Note", "signature": "Server signature", "key": "Server key",
           "scan": "The QR code carries this signed record.", "keep": "Keep this receipt."},
    "fr": {"title": "REÇU DE REMISE DE CAISSE", "subtitle": "Validé par le superviseur", "day": "Journée",
           "agent": "Agent", "supervisor": "Superviseur", "number": "Validation n°", "at": "Signé le",
           "counted": "Billets et pièces comptés", "typed": "Montant compté", "total": "TOTAL COMPTÉ",
           "before": "Déjà remis", "expected": "Espèces attendues", "handed_in": "Remis au total",
           "variance": "ÉCART", "balanced": "équilibré", "shortfall": "manquant", "surplus": "excédent",
           "note": "Note", "signature": "Signature du serveur", "key": "Clé du serveur",
           "scan": "Le QR code porte cet enregistrement signé.", "keep": "Conservez ce reçu."},
    "pt": {"title": "RECIBO DE ENTREGA DE CAIXA", "subtitle": "Validado pelo supervisor", "day": "Dia",
           "agent": "Agente", "supervisor": "Supervisor", "number": "Validação n.º", "at": "Assinado em",
           "counted": "Notas e moedas contadas", "typed": "Montante contado", "total": "TOTAL CONTADO",
           "before": "Já entregue", "expected": "Numerário esperado", "handed_in": "Entregue no total",
           "variance": "DIFERENÇA", "balanced": "equilibrado", "shortfall": "em falta", "surplus": "excedente",
           "note": "Nota", "signature": "Assinatura do servidor", "key": "Chave do servidor",
           "scan": "O código QR contém este registo assinado.", "keep": "Guarde este recibo."},
}


def words(locale: str) -> dict[str, str]:
    return WORDS.get((locale or "fr")[:2], WORDS["en"])


def qr_text(signed: SignOff) -> str:
    """What the QR code carries: the record exactly as signed, and its signature."""
    return canonical_json({"kind": QR_KIND, "record": signed.record, "signature": signed.signature})


def verify_qr_text(text: str, public_key_hex: str) -> dict[str, Any] | None:
    """The record a handover QR carries when the server key `public_key_hex` signed it; else None."""
    try:
        data = json.loads(text)
        record, signature = data["record"], data["signature"]
    except (ValueError, TypeError, KeyError):
        return None
    if data.get("kind") != QR_KIND or not isinstance(record, dict) or not isinstance(signature, str):
        return None
    return record if signature_valid(canonical_json(record), signature, public_key_hex) else None


def _signed_money(amount: int, currency_code: str, locale: str) -> str:
    text = format_money(abs(amount), currency_code, locale)
    return f"-{text}" if amount < 0 else (f"+{text}" if amount > 0 else text)


def handover_document(signed: SignOff, municipality: dict[str, Any]) -> Document:
    r, loc = signed.record, municipality.get("locale") or "fr"
    w, tz, cur = words(loc), r.get("timezone") or municipality.get("timezone"), r["currency"]
    money = lambda amount: format_money(amount, cur, loc)  # noqa: E731
    blocks: list[Block] = [
        Text(str(municipality.get("name", "")).upper(), align="center", bold=True, size="tall"),
        Rule(heavy=True), Text(w["title"], align="center", bold=True, size="big"),
        Text(w["subtitle"], align="center"), Rule(heavy=True),
        Pair(w["day"], r["day"]), Pair(w["agent"], r["agent"]), Pair(w["supervisor"], r["signed_by"]),
        Pair(w["number"], str(r["number"])), Pair(w["at"], local_datetime(r["at"], loc, tz)), Rule()]
    if r.get("count"):
        blocks.append(Text(w["counted"], bold=True))
        blocks += [Pair(f"{line['face']} × {line['pieces']}", money(line["amount"])) for line in r["count"]]
    else:
        blocks.append(Pair(w["typed"], money(r["counted"])))
    blocks += [Rule(), Pair(w["total"], money(r["counted"]), bold=True, size="tall"), Rule()]
    if r.get("handed_in_before"):
        blocks += [Pair(w["before"], money(r["handed_in_before"])), Pair(w["handed_in"], money(r["handed_in"]))]
    blocks += [Pair(w["expected"], money(r["expected_cash"])), Rule(heavy=True),
               Pair(w["variance"], _signed_money(r["variance"], cur, loc), bold=True, size="tall"),
               Text(f"({w.get(r['status'], r['status'])})", align="right"), Rule(heavy=True)]
    if r.get("note"):
        blocks.append(Text(f"{w['note']} : {r['note']}" if loc.startswith("fr") else f"{w['note']}: {r['note']}"))
        blocks.append(Rule())
    blocks += [Text(w["signature"], bold=True), Text(signed.signature), Pair(w["key"], signed.public_key[:16] + "…"),
               QR(qr_text(signed)), Text(w["scan"], align="center"), Blank(),
               Text(w["keep"], align="center"), Blank()]
    return Document("receipt", f"{w['title']} {r['agent']} {r['day']} {r['number']}", loc, tuple(blocks))


def handover_pdf(signed: SignOff, municipality: dict[str, Any]) -> bytes:
    return render_pdf(handover_document(signed, municipality), style=HANDOVER_ROLL)

