"""What the wizard's pages share: the database path, the ledger once it exists, the languages,
a task runner for the long work, and the seams the tests fill (the server's transport, the
camera, the printer discovery). Before enrollment there is no ledger, so no AppContext either:
the pages read and write through the ledger's services, always on the runner's threads."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import httpx
from PySide6.QtCore import QObject

from core.service import Ledger
from desktop.camera import Cameras, QtCameras
from desktop.i18n import DEFAULT_LANGUAGE, Languages
from desktop.tasks import TaskRunner
from printing.paired import PrinterDiscovery, SystemPrinterDiscovery
from sync.client.http import Backoff


class FirstStartSession(QObject):
    def __init__(self, db_path: Path, languages: Languages, *, ledger: Ledger | None = None,
                 transport: httpx.BaseTransport | None = None, backoff: Backoff | None = None,
                 cameras: Cameras | None = None, discovery: PrinterDiscovery | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.languages = languages
        self.ledger = ledger
        self.transport, self.backoff = transport, backoff
        self.cameras: Cameras = cameras or QtCameras()
        self.discovery: PrinterDiscovery = discovery or SystemPrinterDiscovery()
        self.runner = TaskRunner(self)
        languages.changed.connect(self._language_changed)

    def _language_changed(self, code: str) -> None:
        """Once the device exists, the language switched is the one it keeps (the login opens in it)."""
        if self.ledger is not None and code:
            self.save({"language": code}, lambda _: None, lambda _: None)

    @property
    def lang(self) -> str:
        return self.languages.current or DEFAULT_LANGUAGE

    def save(self, values: dict[str, Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None]) -> None:
        """Settings written through the ledger's service, off the UI thread, all or none."""
        ledger = self.ledger
        self.runner.submit(lambda: ledger.save_settings(values), done, failed)

    def error_text(self, error: BaseException) -> str:
        from core.errors import QuittanceError

        if isinstance(error, QuittanceError):
            return error.message(self.lang)
        return str(error) or type(error).__name__

    def close(self) -> None:
        """At the end (Finish or the window closed): work drained, the ledger closed."""
        self.runner.wait_for_done()
        if self.ledger is not None:
            self.ledger.close()
            self.ledger = None
