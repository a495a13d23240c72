"""An enrolled device without this year's series refuses the payment in the agent's words and
keeps the form (issue 14, core/series.py); once the year is registered, the receipt preview shows
the series code and the signature excerpt beside the number."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core import series
from core.context import WriteContext
from tests.ui.conftest import WAIT_MS, taxpayer_with_arrears
from tests.ui.test_payment import confirm, open_payment

REFUSED = {
    "fr": "Série {year} non enregistrée par le serveur : synchronisez une fois avant d'encaisser.",
    "en": "Series {year} is not registered by the server: synchronise once before collecting.",
    "pt": "Série {year} não registada pelo servidor: sincronize uma vez antes de cobrar.",
}


def _register(ledger, year: int, code: str) -> None:  # noqa: ANN001
    """As a sync records the server's answer (sync/client/service.py)."""
    with ledger.store.transaction() as conn:
        context = WriteContext(ledger.device, ledger.municipality, None, "2026-11-30T08:00:00.000Z")
        series.record_answer(conn, context, [{"year": year, "code": code,
                                              "registered_at": "2026-11-30T08:00:00.000Z"}])


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_a_year_the_server_never_registered_is_refused_then_collected_once_registered(
        qtbot, logged_in, demo_ledger, with_session, receipt_file, language, tmp_path):
    main = logged_in
    main.set_language(language)
    main.resize(1024, 600)
    year = demo_ledger.today().year
    _register(demo_ledger, year - 1, "K7Q2M9XD")  # last year's only: this device was offline all year
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    view = open_payment(qtbot, main, taxpayer_id)
    confirm(qtbot)
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.notice.isVisible(), timeout=WAIT_MS)  # the form stays, with the refusal
    assert REFUSED[language].format(year=year) in view.notice.text()
    assert view.pages.currentIndex() == 0
    assert demo_ledger.reads.taxpayer_card(taxpayer_id).payments == []
    corner = view.notice.mapTo(main, view.notice.rect().bottomRight())
    assert corner.x() <= main.width() and corner.y() <= main.height()
    main.grab().save(str(tmp_path / f"refused-{language}.png"))

    _register(demo_ledger, year, "P3RT8WZA")  # the agent synced
    confirm(qtbot)
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    receipt = view.receipt
    qtbot.waitUntil(lambda: view.pages.currentWidget() is receipt, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: receipt.preview.pixmap() is not None and not receipt.preview.pixmap().isNull(),
                    timeout=WAIT_MS)
    facts = demo_ledger.reads.receipt_facts(receipt.payment.receipt_no)
    assert facts.series_code == "P3RT8WZA" and len(facts.signature_excerpt) == 4
    assert b"P3RT8WZA" in receipt_file.read_bytes()
    main.grab().save(str(tmp_path / f"receipt-{language}.png"))
