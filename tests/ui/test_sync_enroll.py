"""Enrollment from the app: offered on the Sync screen of an unenrolled (demo) device, the
address and code checked as they are typed, a refusal said in the agent's language with what was
typed kept, and a good code enrolling the device, whose records then go to the server."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import WAIT_MS, type_text
from tests.ui.sync_support import SERVER_URL, events_on_device, server, use_server  # noqa: F401


def open_enrollment(qtbot, main):  # noqa: ANN001
    main.navigate("sync")
    view = main.sync
    qtbot.waitUntil(lambda: view.status is not None, timeout=WAIT_MS)
    assert not view.sync_button.isEnabled()  # nothing to sync with yet
    assert view.enroll_button.isVisible()
    qtbot.mouseClick(view.enroll_button, Qt.MouseButton.LeftButton)
    assert main.current_view() is main.enroll
    return main.enroll


def test_a_demo_device_runs_unenrolled_and_is_offered_enrollment(qtbot, logged_in):
    main = logged_in
    assert main.current_view() is main.home  # nothing forced at start
    main.navigate("sync")
    qtbot.waitUntil(lambda: main.sync.standing.isVisible(), timeout=WAIT_MS)
    assert "pas encore inscrit" in main.sync.standing.text()
    assert main.sync.enroll_button.text() == "Inscrire cet appareil…"


def test_address_and_code_are_checked_as_they_are_typed(qtbot, logged_in):
    view = open_enrollment(qtbot, logged_in)
    view.server.clear()
    qtbot.keyClicks(view.server, "htp:/recettes")
    assert view.server_error.isVisible() and "https://" in view.server_error.text()
    assert view.server.property("invalid")
    view.server.clear()
    qtbot.keyClicks(view.server, "https://recettes.kananga.example")
    assert not view.server_error.isVisible() and not view.server.property("invalid")
    qtbot.keyClicks(view.code, "K7Q2!")
    assert view.code_error.text() == "Un code d'inscription ne contient que des lettres et des chiffres."
    assert not view.submit_button.isEnabled()
    qtbot.keyClick(view.code, Qt.Key.Key_Backspace)
    qtbot.keyClicks(view.code, "M9XD")
    assert not view.code_error.isVisible()
    assert view.submit_button.isEnabled()


def test_a_pasted_enrollment_link_fills_both_fields(qtbot, logged_in):
    view = open_enrollment(qtbot, logged_in)
    view.server.clear()
    QGuiApplication.clipboard().setText("  https://recettes.kananga.example/enroll?code=K7Q2M9XD \n")
    qtbot.mouseClick(view.paste_button, Qt.MouseButton.LeftButton)
    assert view.server.text() == "https://recettes.kananga.example"
    assert view.code.text() == "K7Q2M9XD"
    assert view.submit_button.isEnabled()


def test_a_bad_code_is_refused_in_the_agents_language_and_what_was_typed_stays(qtbot, logged_in, server):
    main = logged_in
    use_server(qtbot, main, server.transport())
    view = open_enrollment(qtbot, main)
    view.server.setText(SERVER_URL)
    type_text(view.code, "BADC0DE1")
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.notice.isVisible(), timeout=WAIT_MS)
    assert "inconnu, déjà utilisé ou expiré" in view.notice.text()
    assert view.code.text() == "BADC0DE1" and view.server.text() == SERVER_URL
    assert view.code.property("invalid")
    main.set_language("en")
    qtbot.waitUntil(lambda: "unknown, already used or expired" in view.notice.text(), timeout=WAIT_MS)
    assert not server.devices and not main.ctx.sync.enrolled
    assert main.current_view() is view


def test_a_good_code_enrolls_the_device_and_its_records_go_to_the_server(qtbot, logged_in, server, demo_ledger):
    main = logged_in
    use_server(qtbot, main, server.transport())
    code = server.add_code("T09")
    view = open_enrollment(qtbot, main)
    view.server.setText(SERVER_URL)
    type_text(view.code, code)
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.current_view() is main.sync, timeout=WAIT_MS)
    device = server.device(demo_ledger.device.id)
    assert demo_ledger.device.code == "T09"
    # The first sync follows by itself: everything recorded before enrollment goes too.
    qtbot.waitUntil(lambda: main.ctx.sync.last_result is not None and not main.ctx.sync.running, timeout=WAIT_MS)
    assert device.stored_through == events_on_device(demo_ledger)
    qtbot.waitUntil(lambda: main.sync.pending.text() == "0", timeout=WAIT_MS)
    assert not main.sync.enroll_button.isVisible() and not main.sync.standing.isVisible()
    assert main.sync.server.text() == f"Serveur : {SERVER_URL}"
    assert main.place.text() == "Commune de Kananga"


def test_after_enrollment_settings_show_the_servers_address_and_saving_keeps_it(qtbot, logged_in, server,
                                                                               demo_ledger):
    main = logged_in
    use_server(qtbot, main, server.transport())
    main.navigate("settings")  # opened before enrollment: its field still held the old address
    view = open_enrollment(qtbot, main)
    view.server.setText(SERVER_URL)
    type_text(view.code, server.add_code("T09"))
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.ctx.sync.enrolled, timeout=WAIT_MS)
    main.navigate("settings")
    settings = main.settings
    assert settings.server_url.text() == SERVER_URL and settings.server_url.isReadOnly()
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main.ctx.runner.is_busy(), timeout=WAIT_MS)
    assert demo_ledger.setting("server_url") == SERVER_URL  # sync still knows where to go
