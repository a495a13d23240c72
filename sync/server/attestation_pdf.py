"""The payment attestation as an A4 PDF: the municipality and its logo, the taxpayer and the year,
every receipt counted (number, date, tax, period, amount), the voided ones apart, the total, who
issued it and when, and a QR code with the short code that the public page checks."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from core.period_words import period_in_words
from core.timezones import local_moment
from printing.pdf import _draw_qr
from sync.server.attestation import Attestation
from sync.server.pdf_common import MARGIN, WIDTH, footer_canvas, grid, logo_flowable, money, p, server_name, styles
from sync.server.report_texts import t


class QRCode(Flowable):
    """The QR code of the check address, drawn as vectors (printing.pdf), sharp when printed."""

    def __init__(self, data: str, side: float) -> None:
        super().__init__()
        self.data, self.side = data, side

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        _draw_qr(self.canv, self.data, 0, self.side, self.side)


def check_url(verify_url: str | None, code: str) -> str:
    """The address in the QR code: the municipality's verification page, attestation branch."""
    return f"{(verify_url or '').rstrip('/')}/a/{code}"


def render_attestation(att: Attestation, *, lang: str, timezone: str, verify_url: str | None,
                       logo: str | None) -> bytes:
    s = styles()
    r, cur = att.record, att.record["currency"]
    out = io.BytesIO()

    def local(text: str, with_time: bool = False) -> str:
        moment = local_moment(text, timezone)
        return moment.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")

    footer = t("generated", lang, at=local(r["issued_at"], True), tz=timezone, server=server_name(),
               key=att.public_key[:16] + "…")
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=18 * mm, title=f"{t('attestation_title', lang)} {r['year']} – {att.code}",
                            author="Quittance", creator="Quittance")
    heading = [p(r["municipality"], s["org"]), p(t("attestation_title", lang), s["title"]),
               p(t("attestation_year", lang, year=r["year"]), s["subtitle"])]
    image = logo_flowable(logo)
    story: list = []
    if image is not None:
        top = Table([[image, heading]], colWidths=[image.drawWidth + 4 * mm, WIDTH - image.drawWidth - 4 * mm])
        top.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        story.append(top)
    else:
        story += heading
    who = [(t("taxpayer", lang), r["taxpayer_name"] or "—"), (t("taxpayer_id", lang), r["taxpayer_id"]),
           *([(t("zone", lang), r["zone"])] if r.get("zone") else []),
           (t("attestation_no", lang), att.code),
           ("", t("issued", lang, at=local(r["issued_at"], True), by=r["issued_by"]))]
    story += [Spacer(0, 8), grid([[p(a, s["cell_bold"]), p(b, s["cell"])] for a, b in who],
                                 [45 * mm, WIDTH - 45 * mm], header=False), Spacer(0, 6),
              p(t("attestation_scope", lang, year=r["year"]), s["small"]), Spacer(0, 6)]
    story.append(_receipts(r["receipts"], r, cur, lang, s, local) if r["receipts"]
                 else p(t("no_receipts", lang, year=r["year"]), s["base"]))
    story += [Paragraph(t("voided_receipts", lang), s["h2"]),
              _receipts(r["voided"], r, cur, lang, s, local, voided=True) if r["voided"] else p(t("none", lang), s["base"])]
    url = check_url(verify_url, att.code)
    check = [p(t("check_at", lang, url=check_url(verify_url, ""), code=att.code), s["base"]), Spacer(0, 4),
             Paragraph(f"<b>{att.code}</b>", s["title"]),
             p(t("signed_by_key", lang, key=att.public_key), s["small"])]
    box = Table([[QRCode(url, 34 * mm), check]], colWidths=[40 * mm, WIDTH - 40 * mm])
    box.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.6, "#888888"),
                  ("TOPPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 6)])
    story += [Spacer(0, 12), KeepTogether(box)]
    doc.build(story, canvasmaker=footer_canvas(footer, lambda n, total: t("page", lang, n=n, total=total)))
    return out.getvalue()


def _receipts(items: list[dict], r: dict, cur: str, lang: str, s: dict, local, voided: bool = False) -> Table:  # noqa: ANN001
    head = [t("receipt_no", lang), t("date", lang), t("tax", lang), t("period", lang), t("amount", lang)]
    rows = [[p(h, s["head_right"] if i == 4 else s["head"]) for i, h in enumerate(head)]]
    for item in items:
        amount = money(item["amount"], item.get("currency") or cur, lang)
        date_text = local(item["paid_at"]) + (f" ({t('voided_on', lang, at=local(item['voided_at']))})"
                                               if voided else "")
        rows.append([p(item["number"], s["cell"]), p(date_text, s["cell"]), p(item["tax"], s["cell"]),
                     p(period_in_words(item["period"], lang), s["cell"]),
                     Paragraph(f"<strike>{amount}</strike>" if voided else amount, s["cell_right"])])
    if not voided:
        rows.append([p(t("total_paid", lang), s["cell_bold"]), p(f"{r['count']}", s["cell"]), "", "",
                     Paragraph(f"<b>{money(r['total'], cur, lang)}</b>", s["cell_right"])])
    return grid(rows, [x * mm for x in (40, 40, 40, 30, 30)], total_row=not voided)
