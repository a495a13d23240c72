"""The update banner in the real window (issue 13, Updates), against the real server: a release
published by the administrator is downloaded at the device's sync, the window shows "an update is
waiting" with Install; Install copies the database, hands the checked file to the installer and
closes the app. The installer is the one stand-in (no package manager runs here): it records the
file it was handed. A release whose file was altered on the server is refused, saying so."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core import backup_copy
from sync.client.updates import read_staged, updates_folder
from sync.server import releases
from sync.server.serverkey import load_or_create
from tests.fixtures.installers import make_deb
from tests.server.conftest import fresh_database
from tests.server.support import TEST_CONFIG, Server
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.sync_support import SERVER_URL, use_server


@pytest.fixture
def real_server(tmp_path):  # noqa: ANN001, ANN201
    with fresh_database("sqlite", tmp_path / "server-data") as url:
        server = Server.start(tmp_path / "server-data", url, TEST_CONFIG)
        try:
            yield server
        finally:
            server.close()


class RecordingInstaller:
    def __init__(self) -> None:
        self.files: list[Path] = []

    def install(self, file: Path) -> None:
        self.files.append(file)


def publish(server: Server, path: Path, version: str) -> dict:
    with server.engine.begin() as conn:
        return releases.add(conn, path, server.settings.data_dir, load_or_create(server.settings.key_path),
                            version=version, platform="linux-deb")


def enroll_and_sync(qtbot, main, server: Server) -> None:  # noqa: ANN001
    """Enroll the demo device through the app's runner; the sync that follows is awaited."""
    use_server(qtbot, main, server.client._transport)  # the ASGI app in this process
    runner, outcome = main.ctx.sync, {}
    runner.enroll(SERVER_URL, server.enrollment_code("T09"), lambda done: outcome.update(done=done),
                  lambda error: outcome.update(error=error))
    qtbot.waitUntil(lambda: bool(outcome) and runner.last_result is not None and not runner.running, timeout=WAIT_MS * 4)
    assert "error" not in outcome, outcome
    assert runner.last_result.ok, runner.last_result


def _events(path: Path, key: bytes | None) -> list[tuple]:
    """The events of a device database or its copy, opened with the device's data key as the
    copy must be (an encrypted device makes an encrypted copy, same key)."""
    conn = backup_copy.connect(path, key, read_only=True)
    try:
        return conn.execute("SELECT seq, hash FROM events ORDER BY seq").fetchall()
    finally:
        conn.close()


def test_the_waiting_update_is_shown_and_install_copies_the_data_then_hands_it_over(
        qtbot, logged_in, demo_ledger, real_server, tmp_path):
    main = logged_in
    banner = main.update_banner
    assert not banner.isVisible()
    deb = make_deb(tmp_path / "quittance_9.0.0_all.deb", "9.0.0")
    publish(real_server, deb, "9.0.0")
    enroll_and_sync(qtbot, main, real_server)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert banner.title.text() == "Une mise à jour attend (version 9.0.0)"  # French: the demo's language
    assert banner.install_button.text() == "Installer" and banner.install_button.isVisible()
    assert "redémarre dans la nouvelle version" in banner.message.text()
    main.set_language("en")
    qtbot.waitUntil(lambda: banner.title.text() == "An update is waiting (version 9.0.0)", timeout=WAIT_MS)
    assert banner.install_button.text() == "Install"

    installer = RecordingInstaller()
    banner.installer = installer
    events_before = _events(demo_ledger.store.path, demo_ledger.store.key)
    qtbot.mouseClick(banner.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=WAIT_MS * 2)  # the app closed for the installer
    staged = read_staged(updates_folder(demo_ledger.store.path))
    assert installer.files == [staged.file] and staged.file.read_bytes() == deb.read_bytes()
    backups = list((demo_ledger.store.path.parent / "backups").glob("quittance-before-9.0.0-*.db"))
    assert len(backups) == 1 and _events(backups[0], demo_ledger.store.key) == events_before  # every event, copied before the install


def test_a_release_altered_on_the_server_is_refused_in_the_agents_language(
        qtbot, logged_in, demo_ledger, real_server, tmp_path):
    main = logged_in
    done = publish(real_server, make_deb(tmp_path / "q.deb", "9.1.0"), "9.1.0")
    stored = real_server.settings.data_dir / "releases" / f"{done['sha256']}.deb"
    stored.write_bytes(stored.read_bytes()[:-1000])  # cut short on the server's disk
    main.set_language("pt")
    enroll_and_sync(qtbot, main, real_server)
    banner = main.update_banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert banner.title.text() == "Atualização recusada"
    assert "9.1.0" in banner.message.text() and "Foi apagado e nada foi instalado" in banner.message.text()
    assert not banner.install_button.isVisible()
    folder = updates_folder(demo_ledger.store.path)
    assert read_staged(folder) is None and list(folder.iterdir()) == []


def test_after_the_update_the_version_now_running_is_not_offered_again(qtbot, logged_in, demo_ledger, tmp_path):
    """What the installer left staged is the app's own version at its first start: no banner."""
    import json

    from sync.client.updates import running_version, stage

    folder = updates_folder(demo_ledger.store.path)
    folder.mkdir(exist_ok=True)
    file = make_deb(folder / f"quittance-{running_version()}.deb", running_version())
    release = {"version": running_version(), "size": file.stat().st_size}
    stage(folder, release, file)
    assert json.loads((folder / "staged.json").read_text())["release"]["version"] == running_version()
    banner = logged_in.update_banner
    banner.reload()
    qtbot.waitUntil(lambda: not (folder / "staged.json").exists(), timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert not banner.isVisible() and list(folder.iterdir()) == []
