"""The receipt a citizen keeps, built from the facts of one recorded payment."""
from __future__ import annotations

from urllib.parse import urlsplit

from PIL import Image

from core.money import format_money
from core.read_models import ReceiptFacts
from core.token import verification_code, verification_text
from core.words import amount_in_words
from printing.labels import colon, field, label, local_datetime, method_name, periodicity_name
from printing.model import QR, Block, Blank, Document, Fields, Pair, Picture, Rule, Text


def copy_text(copy: int, locale: str) -> str:
    """'original' or 'copie n° 3': how the command line and the app name a printed copy."""
    return label("original", locale) if copy <= 1 else f"{label('copy', locale)} {label('copy_no', locale)} {copy}"


# The narrowest roll Quittance prints on (58 mm, Font A). The model has no paper width, so what
# a citizen must type is laid out to fit this one, and fits every wider roll as well.
NARROWEST_COLUMNS = 32


def verification_site(verify_url: str) -> str:
    """The verification prefix as a citizen types it: no scheme, no trailing slash."""
    parts = urlsplit(verify_url)
    site = parts.netloc + parts.path if parts.netloc else verify_url
    return site.rstrip("/")


def url_lines(site: str, width: int = NARROWEST_COLUMNS) -> list[str]:
    """A long address in lines of at most `width`, broken after a '/' or a '.' where it can be,
    so that no line ever runs off the paper and each piece reads as part of an address."""
    lines: list[str] = []
    rest = site
    while len(rest) > width:
        head = rest[:width]
        cut = max(head.rfind("/"), head.rfind("."))
        cut = cut + 1 if cut > 0 else width
        lines.append(rest[:cut])
        rest = rest[cut:]
    return lines + ([rest] if rest else [])


def verification_blocks(token: str, verify_url: str, loc: str) -> list[Block]:
    """What a citizen can type or scan, never cut short: the short URL on its own line when it
    fits the narrowest roll; else the site, then the code on its own line; with no verification
    site configured, the code alone (the agent's paper stub carries the same one)."""
    code = verification_code(token)
    if not verify_url:
        return [Text(label("verification_code", loc) + colon(loc).rstrip(), align="center"),
                Text(code, align="center", bold=True, size="big")]
    site = verification_site(verify_url)
    heading = Text(label("verify_at", loc) + colon(loc).rstrip(), align="center")
    short = f"{site}/{code}"
    if len(short) <= NARROWEST_COLUMNS:
        return [heading, Text(short, align="center", bold=True)]
    return [heading, *(Text(line, align="center") for line in url_lines(site)),
            Text(label("verification_code", loc) + colon(loc).rstrip(), align="center"),
            Text(code, align="center", bold=True, size="big")]


def identity_fields(facts: ReceiptFacts, loc: str) -> list[str]:
    """What identifies the taxpayer to a citizen: the identity number and the zone, never the
    internal id (which stays in the signed token)."""
    items = []
    if facts.taxpayer_id_number:
        items.append(field("id_number", facts.taxpayer_id_number, loc))
    if facts.zone_name:
        items.append(field("zone", facts.zone_name, loc))
    return items


def number_blocks(facts: ReceiptFacts, loc: str) -> list[Block]:
    """The number with its signature excerpt beside it, then the series it was issued under (or
    "unregistered series" from a device no server registered). Both lines fit 32 columns with an
    8-character device code: 'N° ABCDEFGH-2026-000001 Ab3+' is 28."""
    number = f"{label('receipt_no', loc)} {facts.payment.receipt_no}"
    if facts.signature_excerpt:
        number += f" {facts.signature_excerpt}"
    series = (field("series", facts.series_code, loc) if facts.series_code
              else label("series_unregistered", loc))
    return [Text(number, bold=True), Text(series)]


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
    if m.address:
        blocks.append(Text(m.address, align="center"))
    blocks.append(Rule(heavy=True))
    blocks.append(Text(label("receipt_title", loc), align="center", bold=True, size="big"))
    if copy > 1 or duplicate:
        number = f" {label('copy_no', loc)} {copy}" if copy > 1 else ""
        blocks.append(Text(f"*** {label('duplicate', loc)}{number} ***", align="center", bold=True, size="tall"))
    if p.voided:
        blocks.append(Text(f"*** {label('void', loc)} ***", align="center", bold=True, size="big"))
    blocks.extend(number_blocks(facts, loc))
    blocks.append(Fields((local_datetime(p.issued_at, loc, m.timezone), field("agent", facts.agent_name, loc),
                          field("device", facts.device_code, loc))))
    blocks.append(Rule())
    blocks.append(Text(field("taxpayer", facts.taxpayer_name, loc)))
    if facts.taxpayer_business_name:
        blocks.append(Text(field("business", facts.taxpayer_business_name, loc)))
    ident = identity_fields(facts, loc)
    if ident:
        blocks.append(Fields(tuple(ident)))
    if facts.object_references:
        key = "object" if len(facts.object_references) == 1 else "objects"
        blocks.append(Text(field(key, ", ".join(facts.object_references), loc)))
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
    blocks.extend(verification_blocks(p.token, m.verify_url, loc))
    blocks.append(Blank())
    blocks.append(Text(label("keep", loc), align="center"))
    if m.receipt_line:
        blocks.append(Text(m.receipt_line, align="center", bold=True))
    blocks.append(Blank())
    return Document("receipt", f"{label('receipt_title', loc)} {p.receipt_no}", loc, tuple(blocks))
