"""What the first-start wizard's tests share: the real sync server (sync.server.app over SQLite,
reached in-process through the client's httpx transport seam), a fresh device path, the wizard
window over them, and the one stand-in: the paired-printer list, since this machine has no
Bluetooth (behind printing/paired.PrinterDiscovery; its printer is a real file transport)."""
from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from desktop.i18n import Languages
from desktop.wizard.frame import FirstStartWizard
from desktop.wizard.session import FirstStartSession
from printing.paired import PairedPrinter
from sync.client.http import Backoff
from tests.server.conftest import fresh_database
from tests.server.support import TEST_CONFIG, Server
from tests.server.test_cli import _run
from tests.ui.conftest import WAIT_MS, type_text

SERVER_URL = "https://recettes.kananga.example"
CONFIG = copy.deepcopy(TEST_CONFIG)
CONFIG["municipality"]["name"] = "Ville de Kananga"


class ListedPrinters:
    """The printers a paired-device listing would give; counts how often it was asked."""

    def __init__(self, printers: list[PairedPrinter]) -> None:
        self.printers, self.asked = printers, 0

    def paired(self) -> list[PairedPrinter]:
        self.asked += 1
        return list(self.printers)


@pytest.fixture
def real_server(tmp_path: Path):
    with fresh_database("sqlite", tmp_path / "server-data") as url:
        server = Server.start(tmp_path / "server-data", url, CONFIG)
        try:
            yield server
        finally:
            server.close()


@pytest.fixture
def printer_file(tmp_path: Path) -> Path:
    return tmp_path / "bluetooth-printer.bin"


@pytest.fixture
def discovery(printer_file: Path) -> ListedPrinters:
    return ListedPrinters([PairedPrinter("MTP-II", printer_file.as_uri(), "bluetooth"),
                           PairedPrinter("Headset-free printer", "bt://66:22:B2:11:0A:01", "bluetooth")])


@pytest.fixture
def device_path(tmp_path: Path) -> Path:
    return tmp_path / "home" / "device.db"


def open_wizard(qtbot, db_path: Path, server: Server | None, discovery, ledger=None, cameras=None,  # noqa: ANN001
                language: str = "fr") -> FirstStartWizard:
    """The wizard as the start-up makes it (desktop/wizard/startup.py), on the test's server."""
    from desktop.app import application
    from tests.ui.qr_frames import NoCameras

    application()  # the app's theme, as the start-up has it
    languages = Languages()
    languages.apply(language)
    session = FirstStartSession(db_path, languages, ledger=ledger,
                                transport=server.client._transport if server is not None else None,
                                backoff=Backoff(sleep=lambda seconds: None),
                                cameras=cameras or NoCameras(), discovery=discovery)
    wizard = FirstStartWizard(session)
    qtbot.addWidget(wizard)
    wizard.resize(1024, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.start()
    return wizard


def close_wizard(wizard: FirstStartWizard) -> None:
    wizard.close()
    wizard.session.close()
    wizard.session.languages.release()


def wait_page(qtbot, wizard: FirstStartWizard, key: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: wizard.page.key == key and not wizard.page.busy, timeout=WAIT_MS)


def click(qtbot, widget) -> None:  # noqa: ANN001
    assert widget.isEnabled() and widget.isVisible(), widget.objectName()
    if isinstance(widget, QRadioButton):  # on its circle: a wide radio button's middle is empty space
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(12, widget.height() // 2))
        assert widget.isChecked()
        return
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: FirstStartWizard, key: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(wizard.next_button.isEnabled, timeout=WAIT_MS)
    click(qtbot, wizard.next_button)
    wait_page(qtbot, wizard, key)


def enroll_by_typing(qtbot, wizard: FirstStartWizard, server_url: str, code: str) -> None:  # noqa: ANN001
    page = wizard.page
    page.server.clear()
    type_text(page.server, server_url)
    page.code.clear()
    type_text(page.code, code)
    click(qtbot, page.submit_button)
    qtbot.waitUntil(lambda: not page.busy and (page.enrolled or page.notice.isVisible()), timeout=WAIT_MS * 2)


def qr_png(server: Server, path: Path, device_code: str, server_url: str | None = SERVER_URL) -> Path:
    """The enrollment QR PNG the server's own command writes (`device add --qr`), in a real process."""
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(server.settings.data_dir),
           "QUITTANCE_DATABASE_URL": server.settings.database_url}
    args = ["device", "add", device_code, "--agent", "Ilunga Kabeya", "--qr", str(path)]
    _run(env, *args, *(["--server-url", server_url] if server_url else []))
    return path
