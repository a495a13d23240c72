"""Sample receipts, as the printer would print them, for people to look at.

    python -m printing.samples docs/receipts

writes receipt-58-fr.png … receipt-80-pt.png (58 and 80 mm, French, English, Portuguese): a
real payment recorded on a throwaway device per language, rendered dot for dot by the preview
renderer (the same rows the ESC/POS bytes carry). Their QR codes and verification codes change
on every run, since each run makes new device keys."""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from core import registry, schedule
from core.config import Municipality
from core.demo import demo_logo
from core.schedule import TaxType
from core.service import Ledger
from core.store import Store
from printing.fonts import font_path
from printing.preview import render_preview
from printing.profiles import load_profile
from printing.service import receipt_model

PROFILES = {"58": "generic-58", "80": "generic-80"}
LOCALES = ("fr", "en", "pt")


@dataclass(frozen=True)
class Sample:
    """One town and one payment, in that town's language."""
    municipality: Municipality
    taxpayer: str
    id_number: str
    zone: str
    tax_label: str
    object_reference: str
    due: int  # minor units
    paid: int


SAMPLES = {
    "fr": Sample(Municipality("Commune de Kananga", "KGA", "CDF", locale="fr", timezone="Africa/Lubumbashi",
                              service_name="Service des recettes", verify_url="https://kananga.cd/v",
                              address="Hôtel de ville, boulevard Lumumba, Kananga",
                              receipt_line="Merci : vos taxes construisent Kananga."),
                 "Kabasélé Ngoyi Françoise", "0412-88-2231", "Katoka", "Patente", "BP-0417", 2_000_000, 1_500_000),
    # A long verification site: printed on its own lines, the code on a line of its own.
    "en": Sample(Municipality("Kumasi Metropolitan Assembly", "KMA", "GHS", locale="en", timezone="Africa/Accra",
                              service_name="Revenue Office", verify_url="https://verify.kumasi.gov.gh/receipts",
                              address="Town Hall, Prempeh II Street, Adum, Kumasi",
                              receipt_line="Your levy keeps Kumasi's markets clean."),
                 "Ama Boateng", "GHA-712345678-9", "Adum", "Business operating permit", "KMA-ST-2231",
                 40_000, 40_000),
    "pt": Sample(Municipality("Município de Huambo", "HUA", "AOA", locale="pt", timezone="Africa/Luanda",
                              service_name="Repartição de Finanças", verify_url="https://huambo.gov.ao/v",
                              address="Paços do Concelho, Rua Norton de Matos, Huambo",
                              receipt_line="Obrigado: os seus impostos constroem o Huambo."),
                 "João Gonçalves", "004512789LA042", "Cidade Baixa", "Licença comercial", "HB-0093",
                 1_200_000, 600_000),
}


def sample_logo(name: str) -> bytes:
    """A plain seal with the town's initials, for the towns that have no logo file here."""
    image = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 236, 236), fill=(30, 70, 40, 255))
    draw.ellipse((22, 22, 218, 218), fill=(235, 200, 60, 255))
    initials = "".join(word[0] for word in name.split() if word[0].isupper())[:3]
    font = ImageFont.truetype(str(font_path("sans-bold")), 72)
    draw.text((120, 120), initials, font=font, fill=(30, 70, 40, 255), anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def record_sample(folder: Path, locale: str) -> tuple[Ledger, str]:
    """A device with one payment recorded in `locale`'s town; returns it and the receipt number."""
    sample = SAMPLES[locale]
    # A scratch device: no high-water mark left behind in the user's state folder.
    ledger = Ledger(Store(folder / f"sample-{locale}.db", create=True, high_water=False),
                    clock=lambda: datetime(2026, 11, 22, 12, 32, tzinfo=timezone.utc))
    logo = demo_logo() if locale == "fr" else sample_logo(sample.municipality.name)
    ledger.initialise(sample.municipality, "T07", [("Ilunga", "1234")], logo=logo)
    ledger.act_as(ledger.find_agent("Ilunga").id)
    with ledger.store.transaction() as conn:
        registry.upsert_zone(conn, "Z1", sample.zone)
        schedule.upsert_tax_type(conn, TaxType("PAT", sample.tax_label, "annual", "flat", amount=sample.due))
    taxpayer = ledger.register_taxpayer(name=sample.taxpayer, zone="Z1", id_number=sample.id_number)
    obj = ledger.add_taxable_object(taxpayer_id=taxpayer, kind="business_premises", reference=sample.object_reference)
    with ledger.store.transaction() as conn:
        schedule.assess_object(conn, taxable_object_id=obj, tax_code="PAT", period="2026", now="2026-01-01T00:00:00Z")
    ledger.open_session(0)
    payment = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=sample.paid, method="cash")
    return ledger, payment.receipt_no


def write_samples(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        for locale in LOCALES:
            ledger, receipt_no = record_sample(Path(scratch), locale)
            try:
                doc = receipt_model(ledger, receipt_no)
                for width, profile in PROFILES.items():
                    path = out / f"receipt-{width}-{locale}.png"
                    render_preview(doc, load_profile(profile)).convert("1").save(path, optimize=True)
                    written.append(path)
            finally:
                ledger.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m printing.samples", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files (made if missing)")
    args = parser.parse_args(argv)
    for path in write_samples(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
