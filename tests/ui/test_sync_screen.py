"""The Sync screen: "Sync now" with a progress bar fed by the client, the result in words, the last
sync time, and every record's status (waiting, sent, refused by the server with its reason)."""
from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import Qt

from tests.sync_client.conftest import add_events
from tests.sync_client.fake_server import FakeServer
from tests.ui.conftest import WAIT_MS
from tests.ui.sync_support import enroll_directly, events_on_device, server, use_server  # noqa: F401


def open_sync(qtbot, main):  # noqa: ANN001
    main.navigate("sync")
    qtbot.waitUntil(lambda: main.sync.status is not None and main.sync.sync_button.isEnabled(), timeout=WAIT_MS)
    return main.sync


def sync_through_the_button(qtbot, main) -> object:  # noqa: ANN001
    runner = main.ctx.sync
    before = runner.last_result
    qtbot.mouseClick(main.sync.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.last_result is not before and not runner.running, timeout=WAIT_MS)
    return runner.last_result


def test_sync_now_shows_its_progress_then_what_went_in_words(qtbot, logged_in, demo_ledger, server):
    main = logged_in
    enroll_directly(demo_ledger, server)
    add_events(demo_ledger, 600)  # three batches of 250
    use_server(qtbot, main, server.transport())
    view = open_sync(qtbot, main)
    qtbot.waitUntil(lambda: view.pending.text() == str(events_on_device(demo_ledger)), timeout=WAIT_MS)
    assert view.last.text() == "Dernière synchronisation : jamais"
    seen: list[tuple[str, int, object, int, str]] = []
    threads: set[bool] = set()

    def heard(phase: str, done: int, total: object) -> None:
        threads.add(threading.current_thread() is threading.main_thread())
        seen.append((phase, done, total, view.progress.maximum(), view.phase.text()))
    main.ctx.sync.progressed.connect(heard)

    result = sync_through_the_button(qtbot, main)
    total = events_on_device(demo_ledger)
    assert result.ok and result.pushed == total and result.batches == 3
    pushes = [entry for entry in seen if entry[0] == "push"]
    assert [done for _, done, _, _, _ in pushes] == [0, 250, 500, total]  # the bar moves batch by batch
    assert all(entry[2] == total and entry[3] == total for entry in pushes)
    assert pushes[1][4] == f"Envoi : 250 sur {total}"
    assert any(entry[0] == "pull" for entry in seen)
    assert threads == {True}  # the client reports on the sync thread; the screen hears it on the UI thread
    assert not view.progress_box.isVisible()
    assert view.result.kind == "success"
    assert f"Envoyés : {total} enregistrements. Reçus : 0." in view.result.text()
    assert server.device(demo_ledger.device.id).stored_through == total
    qtbot.waitUntil(lambda: view.pending.text() == "0", timeout=WAIT_MS)
    assert view.last.text().startswith("Dernière synchronisation : ") and "jamais" not in view.last.text()
    assert view.counts.text() == f"Envoyés : {total} — refusés par le serveur : 0"


def test_a_record_the_server_set_aside_is_listed_with_its_reason(qtbot, logged_in, demo_ledger):
    main = logged_in
    server = FakeServer(quarantine=lambda parsed: ("zone_not_assigned", "zone KAT is not Ilunga's")
                        if parsed.type == "taxpayer.registered" else None)
    enroll_directly(demo_ledger, server)
    use_server(qtbot, main, server.transport())
    view = open_sync(qtbot, main)
    assert sync_through_the_button(qtbot, main).quarantined == []  # the seed's records all pass
    add_events(demo_ledger, 1)  # a registration the server will set aside

    result = sync_through_the_button(qtbot, main)
    assert [q["code"] for q in result.quarantined] == ["zone_not_assigned"]
    assert view.result.kind == "warning"
    assert "Refusés par le serveur et mis de côté pour un superviseur : 1" in view.result.text()
    view.filter.setCurrentIndex(view.filter.findData("quarantined"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    row = view.model.row(0)
    assert row.status == "quarantined" and row.type == "taxpayer.registered"
    assert view.model.index(0, 1).data() == "Nouveau contribuable"
    assert view.model.index(0, 3).data() == "Refusé : l'agent n'est pas affecté à cette zone"
    assert view.counts.text().endswith("refusés par le serveur : 1")

    view.filter.setCurrentIndex(view.filter.findData(None))  # all: the newest last, each with its status
    qtbot.waitUntil(lambda: view.model.rowCount() > 1 and view.model.row(view.model.rowCount() - 1).seq
                    == events_on_device(demo_ledger), timeout=WAIT_MS)
    statuses = {view.model.row(i).status for i in range(view.model.rowCount())}
    assert statuses == {"sent", "quarantined"}


def test_a_record_made_after_the_sync_waits_and_the_list_says_so(qtbot, logged_in, demo_ledger, server):
    main = logged_in
    enroll_directly(demo_ledger, server)
    use_server(qtbot, main, server.transport())
    view = open_sync(qtbot, main)
    sync_through_the_button(qtbot, main)
    add_events(demo_ledger, 1)
    view.filter.setCurrentIndex(view.filter.findData("pending"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    assert view.model.index(0, 3).data() == "En attente"
    assert view.pending.text() == "1"


def test_a_clock_far_off_the_servers_is_reported(qtbot, logged_in, demo_ledger):
    main = logged_in
    server = FakeServer(clock_skew=timedelta(minutes=20))
    enroll_directly(demo_ledger, server)
    use_server(qtbot, main, server.transport())
    view = open_sync(qtbot, main)
    result = sync_through_the_button(qtbot, main)
    assert result.clock_drift
    assert view.result.kind == "warning"
    assert "L'horloge de l'appareil est décalée de 20 minutes" in view.result.text()
