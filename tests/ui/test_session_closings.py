"""Issue 14: opening a session after the end of a month closes it (core/closings.py). When the
device clock and the server's disagree, the agent is asked first, in the clock dialog; then the
session screen says which months and years were closed for good, and prints them."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.closings import CLOCK_OFFSET_SETTING
from tests.ui.conftest import WAIT_MS, answer_next_dialog, wait_idle
from tests.ui.test_zreport_view import _two_paid_one_voided

LOCAL_TIME = re.compile(r"\d\d/\d\d/\d{4} \d\d:\d\d \(UTC\+2\)")
SHOTS = Path(os.environ.get("QUITTANCE_SHOTS", "/tmp/quittance-shots"))
WORDS = {"fr": ("Clôturés définitivement", "Imprimer les clôtures", "mois "),
         "en": ("Closed for good", "Print the closings", "month "),
         "pt": ("Encerrados definitivamente", "Imprimir os encerramentos", "mês ")}


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_an_opening_asks_about_the_clock_then_shows_and_prints_its_closings(qtbot, logged_in, demo_ledger,
                                                                            with_session, receipt_file, language):
    main = logged_in
    main.set_language(language)
    main.resize(1024, 600)
    demo_ledger.close_session()
    # The last sync found the server 40 days ahead of this device: a month (at least) has ended there.
    demo_ledger.save_setting(CLOCK_OFFSET_SETTING, 40 * 86400.0)
    main.navigate("session")
    session = main.session
    qtbot.waitUntil(lambda: session.pages.currentIndex() == 0, timeout=WAIT_MS)
    seen: dict = {}

    def look(dialog) -> None:  # noqa: ANN001
        seen.update(text=dialog.body.text(), name=dialog.objectName(), shown=dialog.body.height(),
                    needed=dialog.body.heightForWidth(dialog.body.width()))
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / f"closing_clock_dialog_{language}.png"))
        dialog.accept()

    answer_next_dialog(qtbot, look)
    qtbot.mouseClick(session.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.session_id is not None, timeout=WAIT_MS)
    assert seen["name"] == "confirm_clock" and seen["shown"] >= seen["needed"]  # the question whole
    assert len(LOCAL_TIME.findall(seen["text"])) == 2 and "--clock" not in seen["text"]  # device's, server's
    made = demo_ledger.reads.closings_at_opening(session.session_id)
    assert made and made[0].kind == "month" and made[0].time_source == "server"
    notice = session.closings
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    closed_for_good, print_words, month_word = WORDS[language]
    assert closed_for_good in notice.text.text() and f"{month_word}{made[0].period}" in notice.text.text()
    assert notice.print_button.text() == print_words
    wait_idle(qtbot, main)
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(300)  # the running totals below are laid out again once their text is set
    main.grab().save(str(SHOTS / f"session_closings_{language}.png"))
    assert main.height() == 600 and notice.geometry().bottom() <= session.height()  # nothing cut at 1024x600
    assert notice.text.height() >= notice.text.heightForWidth(notice.text.width())

    qtbot.mouseClick(notice.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notice.print_status.state == "printed", timeout=WAIT_MS)
    assert made[-1].period.encode() in receipt_file.read_bytes()  # a file printer keeps the last document
    wait_idle(qtbot, main)
    main.grab().save(str(SHOTS / f"session_closings_printed_{language}.png"))
    assert main.height() == 600 and notice.print_status.notice.isVisible()
    assert demo_ledger.verify().ok


PERPETUAL = {"fr": ("Totaux perpétuels (depuis le premier jour)", "Clôture précédente"),
             "en": ("Perpetual totals (since the first day)", "Previous closing"),
             "pt": ("Totais perpétuos (desde o primeiro dia)", "Encerramento anterior")}


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_the_closed_z_report_on_screen_shows_the_perpetual_totals(qtbot, logged_in, demo_ledger, with_session,
                                                                  language):
    main = logged_in
    _two_paid_one_voided(demo_ledger)
    main.set_language(language)
    main.resize(1024, 600)
    main.navigate("session")
    session = main.session
    qtbot.waitUntil(lambda: session.pages.currentIndex() == 1, timeout=WAIT_MS)
    answer_next_dialog(qtbot, lambda dialog: dialog.accept())
    qtbot.mouseClick(session.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.closed_report is not None and session.pages.currentIndex() == 2,
                    timeout=WAIT_MS)
    wait_idle(qtbot, main)
    report = session.closed_report
    heading, previous = PERPETUAL[language]
    text = session.last_report.text()
    assert heading in text and previous in text and report.previous_closing[:16] in text
    assert report.perpetual["receipts"] == 2 and report.perpetual["voids"] == 1
    assert main.ctx.money(report.perpetual["net"]) in text
    if session.backup_offer is not None:
        session.backup_offer.reject()
    bar = session.last_report_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the perpetual totals are near the end of the report
    wait_idle(qtbot, main)
    SHOTS.mkdir(parents=True, exist_ok=True)
    main.grab().save(str(SHOTS / f"zreport_perpetual_{language}.png"))
