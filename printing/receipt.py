"""The receipt a citizen keeps, built from the facts of one recorded payment."""
from __future__ import annotations

from urllib.parse import urlsplit

from PIL import Image

from core.ids import short_id
from core.money import format_money
from core.service import ReceiptFacts
from core.token import verification_text
from core.words import amount_in_words
from printing.labels import field, label, local_datetime, method_name, periodicity_name
from printing.model import QR, Block, Blank, Document, Fields, Pair, Picture, Rule, Text


def copy_text(copy: int, locale: str) -> str:
    """'original' or 'copie n° 3': how the command line and the app name a printed copy."""
    return label("original", locale) if copy <= 1 else f"{label('copy', locale)} {label('copy_no', locale)} {copy}"


def short_verification(token: str, verify_url: str) -> str:
    """What fits under the QR: the site without its scheme, or the start of a bare token."""
    if verify_url:
        parts = urlsplit(verify_url)
        site = (parts.netloc + parts.path).rstrip("/") if parts.netloc else verify_url.rstrip("/")
        return f"{site}/…"
    return f"{token[:14]}…"


def receipt_document(facts: ReceiptFacts, copy: int, *, duplicate: bool = False,
                     logo: Image.Image | None = None) -> Document:
    """The receipt as it prints for copy number `copy` (1 = the original).

    A copy above 1, or `duplicate`, says DUPLICATA so a second paper can never pass for the
    original; a voided payment says ANNULÉ at the top and beside the amount."""
    p, m = facts.payment, facts.municipality
    loc = m.locale
    money = lambda amount: format_money(amount, p.currency, loc)  # noqa: E731 - one-line helper
    blocks: list[Block] = []
    if logo is not None:
        blocks.append(Picture(logo))
    blocks.append(Text(m.name.upper(), align="center", bold=True, size="tall"))
    if m.service_name:
        blocks.append(Text(m.service_name, align="center"))
    blocks.append(Rule(heavy=True))
    blocks.append(Text(label("receipt_title", loc), align="center", bold=True, size="big"))
    if copy > 1 or duplicate:
        number = f" {label('copy_no', loc)} {copy}" if copy > 1 else ""
        blocks.append(Text(f"*** {label('duplicate', loc)}{number} ***", align="center", bold=True, size="tall"))
    if p.voided:
        blocks.append(Text(f"*** {label('void', loc)} ***", align="center", bold=True, size="big"))
    blocks.append(Text(f"{label('receipt_no', loc)} {p.receipt_no}", bold=True))
    blocks.append(Fields((local_datetime(p.issued_at, loc, m.timezone), field("agent", facts.agent_name, loc),
                          field("device", facts.device_code, loc))))
    blocks.append(Rule())
    blocks.append(Text(field("taxpayer", facts.taxpayer_name, loc)))
    if facts.taxpayer_business_name:
        blocks.append(Text(field("business", facts.taxpayer_business_name, loc)))
    ident = [field("id", short_id(p.taxpayer_id), loc)]
    if facts.zone_name:
        ident.append(field("zone", facts.zone_name, loc))
    blocks.append(Fields(tuple(ident)))
    tax = f"{facts.tax_label} {p.period} ({periodicity_name(facts.tax_periodicity, loc)})"
    blocks.append(Text(field("tax", tax, loc)))
    blocks.append(Rule())
    amount_label = label("amount", loc) + (f" ({label('void', loc)})" if p.voided else "")
    blocks.append(Pair(amount_label, money(p.amount), bold=True, size="tall"))
    words = amount_in_words(p.amount, p.currency, loc)
    if words:  # "" in a language without core/words/<lang>.py: the line is left out
        blocks.append(Text(words))
    method = [field("method", method_name(p.method, loc), loc)]
    if p.reference:
        method.append(field("reference", p.reference, loc))
    blocks.append(Fields(tuple(method)))
    if p.is_advance:
        blocks.append(Text(label("advance", loc)))
    if p.voided:
        pass  # the balance printed at the time no longer holds once the payment is voided
    elif p.balance_after >= 0:
        blocks.append(Pair(label("balance_due", loc), money(p.balance_after), bold=True))
    else:
        blocks.append(Pair(label("credit", loc), money(-p.balance_after), bold=True))
    if not p.voided and p.other_due_after:
        # "0 left" on this line must not read as "paid up" while other taxes or years are owed.
        blocks.append(Pair(label("other_due", loc), money(p.other_due_after)))
    blocks.append(Rule())
    if p.voided:
        blocks.append(Text(label("void_note", loc), align="center", bold=True))
        if p.void_reason:
            blocks.append(Text(field("reason", p.void_reason, loc), align="center"))
        blocks.append(Rule())
    # A blank line above and below the QR is its quiet zone: scanners need white around it.
    blocks.extend((Blank(), QR(verification_text(p.token, m.verify_url)), Blank()))
    blocks.append(Text(field("verify", short_verification(p.token, m.verify_url), loc), align="center"))
    blocks.append(Text(label("keep", loc), align="center"))
    blocks.append(Blank())
    return Document("receipt", f"{label('receipt_title', loc)} {p.receipt_no}", loc, tuple(blocks))
