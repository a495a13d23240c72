"""The supervisor's alerts screen against the real server (SQLite and PostgreSQL): the queue shows
a tamper alert with its own actions and the voids waiting for approval; each decision asks for a
reason first, then is recorded on the server with the supervisor's name; offline, the last lists
are shown, marked so, and nothing can be decided."""
from __future__ import annotations


import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.i18n import Languages
from desktop.supervisor.alerts import AlertsScreen, DecisionDialog
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.screens import SCREENS
from desktop.tasks import TaskRunner
from desktop.theme import apply_theme
from desktop.widgets import Card
from sync.client.http import Backoff
from sync.client.supervisor import SupervisorCache, SupervisorClient
from sync.server.schema import alert_decisions, devices, receipts, void_decisions
from tests.server.conftest import database_url, server, server_factory  # noqa: F401 - the real server
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor
from tests.server.support import enrolled_device, push, push_all, record_sale, wire_events
from tests.server.test_tamper import _edit_amount, _payment_index
from tests.ui.conftest import WAIT_MS
from tests.server.supervisor_support import Switch

SHOTS = "/tmp"


def _seed(server, tmp_path) -> list:  # noqa: ANN001
    """T07 voids two receipts that must wait (after the session closed); T08's push is tampered."""
    ledger, token = enrolled_device(tmp_path / "t07.db", server, "T07")  # a clock right: no clock alert
    ledger.open_session(0)
    paid = [record_sale(ledger, name, amount=amount)[1] for name, amount in
            (("Kabasélé Ngoyi Françoise", 1_500_000), ("Mukendi Awa", 250_000))]
    ledger.close_session()
    ledger.void(paid[0].receipt_no, "contribuable remboursé")
    ledger.void(paid[1].receipt_no, "erreur de taxe")
    push_all(server, token, ledger)
    other, other_token = enrolled_device(tmp_path / "t08.db", server, "T08", agent="Mbuyi Tshala")
    record_sale(other, name="Ntumba Beya", zone="NDE")
    batch = wire_events(other)
    i = _payment_index(batch)
    batch[i] = _edit_amount(batch[i], 5_000)
    assert push(server, other_token, batch).status_code == 409
    return paid


@pytest.fixture
def screen_for(server, tmp_path, qtbot):  # noqa: ANN001, ANN201, F811
    made = []

    def make(language: str = "en") -> AlertsScreen:
        apply_theme(QApplication.instance())  # as the app does, so the screenshots look as it will
        add_supervisor(server)
        transport = Switch(server.client._transport)
        client = SupervisorClient("http://testserver", transport, cache=SupervisorCache(tmp_path / "cache.db"),
                                  backoff=Backoff(sleep=lambda _s: None), max_attempts=1)
        client.transport = transport
        client.login(SUPERVISOR, PASSWORD)
        tasks = TaskRunner()
        spec = next(s for s in SCREENS if s.key == "alerts")
        screen = spec.make(SupervisorContext(client, tasks, language), None)
        qtbot.addWidget(screen)
        screen.resize(1024, 600)
        screen.show()
        made.append((client, tasks))
        qtbot.waitUntil(lambda: screen.fetched_at != "", timeout=WAIT_MS)
        return screen

    yield make
    for client, tasks in made:
        tasks.wait_for_done(WAIT_MS)
        client.close()


def _card(screen: AlertsScreen, name: str) -> Card | None:
    return screen.findChild(Card, name)


def _texts(card: Card) -> str:
    from PySide6.QtWidgets import QLabel
    return "\n".join(w.text() for w in card.findChildren(QLabel))


def _decide(qtbot, screen: AlertsScreen, card: Card, action: str, reason: str) -> None:  # noqa: ANN001
    card.findChild(QPushButton, f"action_{action}").click()
    dialog = screen.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.isVisible()
    dialog.confirm_button.click()  # no reason yet: refused, the dialog stays
    assert dialog.isVisible() and "Write the reason" in dialog.notice.text()
    dialog.reason.setPlainText(reason)
    dialog.confirm_button.click()
    assert not dialog.isVisible()


def test_the_queue_decides_an_alert_and_approves_and_rejects_voids(server, tmp_path, qtbot, screen_for):  # noqa: F811
    paid = _seed(server, tmp_path)
    screen = screen_for("en")
    assert screen.tabs.tabText(0) == "Alerts (1)" and screen.tabs.tabText(1) == "Voids to approve (2)"
    [alert_card] = [c for c in screen.findChildren(Card) if c.objectName().startswith("alert_")]
    text = _texts(alert_card)
    assert "Broken chain: an event was changed or removed" in text and "Device T08 · Mbuyi Tshala" in text
    assert "Its syncs are stopped until you decide." in text
    buttons = [b.text() for b in alert_card.findChildren(QPushButton)]
    assert buttons == ["Acknowledge", "Revoke the device", "Let it sync again"]
    void_card = _card(screen, f"void_{paid[0].receipt_no}")
    assert "Reason given: contribuable remboursé" in _texts(void_card)
    assert "its cash session was closed before the void" in _texts(void_card)
    screen.grab().save(f"{SHOTS}/supervisor-alerts-en.png")
    screen.tabs.setCurrentIndex(1)
    screen.grab().save(f"{SHOTS}/supervisor-voids-en.png")
    screen.tabs.setCurrentIndex(0)

    _decide(qtbot, screen, alert_card, "resume", "montant modifié à la main, appareil contrôlé")
    qtbot.waitUntil(lambda: screen.tabs.tabText(0) == "Alerts (0)", timeout=WAIT_MS)
    assert "Recorded: Let it sync again, by Kalala Mwamba." in screen.notice.text()
    [row] = server.rows(alert_decisions)
    assert (row["action"], row["decided_by"], row["reason"]) == (
        "resume", SUPERVISOR, "montant modifié à la main, appareil contrôlé")
    assert all(d["stopped_reason"] is None for d in server.rows(devices))

    _decide(qtbot, screen, _card(screen, f"void_{paid[0].receipt_no}"), "approve", "remboursement vérifié")
    qtbot.waitUntil(lambda: screen.tabs.tabText(1) == "Voids to approve (1)", timeout=WAIT_MS)
    _decide(qtbot, screen, _card(screen, f"void_{paid[1].receipt_no}"), "reject", "la taxe était la bonne")
    qtbot.waitUntil(lambda: screen.tabs.tabText(1) == "Voids to approve (0)", timeout=WAIT_MS)
    decisions = {r["receipt_no"]: (r["action"], r["decided_by"]) for r in server.rows(void_decisions)}
    assert decisions == {paid[0].receipt_no: ("approve", SUPERVISOR), paid[1].receipt_no: ("reject", SUPERVISOR)}
    voided = {r["receipt_no"]: r["voided_at"] for r in server.rows(receipts)}
    assert voided[paid[0].receipt_no] is not None and voided[paid[1].receipt_no] is None


def test_offline_the_last_lists_show_and_nothing_can_be_decided(server, tmp_path, qtbot, screen_for):  # noqa: F811
    _seed(server, tmp_path)
    screen = screen_for("en")
    screen.context.client.transport.down = True
    screen.refresh()
    qtbot.waitUntil(lambda: screen.offline, timeout=WAIT_MS)
    assert screen.status.text().startswith("Not live: the server cannot be reached.")
    buttons = [b for c in screen.findChildren(Card) for b in c.findChildren(QPushButton)]
    assert buttons and not any(b.isEnabled() for b in buttons)


def test_the_screen_in_portuguese(server, tmp_path, qtbot, screen_for):  # noqa: F811
    paid = _seed(server, tmp_path)
    languages = Languages(QApplication.instance())
    languages.apply("pt")
    try:
        screen = screen_for("pt")
        assert screen.title.text() == "Alertas e anulações"
        assert screen.tabs.tabText(1) == "Anulações a aprovar (2)"
        text = _texts(_card(screen, f"void_{paid[0].receipt_no}"))
        assert "Motivo indicado: contribuable remboursé" in text and "Dispositivo T07 · Ilunga Kabeya" in text
        assert "15 000 CDF" in text.replace("\u202f", " ").replace("\xa0", " ")
        screen.grab().save(f"{SHOTS}/supervisor-alerts-pt.png")
        screen.tabs.setCurrentIndex(1)
        screen.grab().save(f"{SHOTS}/supervisor-voids-pt.png")
        _card(screen, f"void_{paid[0].receipt_no}").findChild(QPushButton, "action_reject").click()
        dialog = screen.dialog
        assert dialog.confirm_button.text() == "Recusar a anulação"
        assert "continua a provar o pagamento" in dialog.body.text()
        dialog.confirm_button.click()
        assert "Escreva o motivo da sua decisão." in dialog.notice.text()
        dialog.grab().save(f"{SHOTS}/supervisor-decision-pt.png")
        dialog.reject()
    finally:
        languages.release()
