"""What every view shares: the ledger, the task runner, the language, the printer gateway,
and the `changed` signal through which finished operations tell views what to refresh: the
`Changes` the ledger's writes reported (core/changes.py), never a guess made here."""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from core.changes import Changes, Done
from core.config import Municipality
from core.errors import QuittanceError, StorageFault
from core.messages import translate
from core.money import format_money, parse_amount
from core.period_words import period_in_words, tax_and_period
from core.service import Ledger
from core.timezones import local_moment
from core.words import amount_in_words
from desktop.i18n import DEFAULT_LANGUAGE, Languages
from desktop.print_queue import PrintQueue
from desktop.printer_gateway import PrinterGateway
from desktop.tasks import Task, TaskRunner
from printing.labels import local_datetime

# The app's own wording of the clock refusals: its dialog holds the answer, so no command-line option.
_IN_THE_APP = {code: f"{code}_app" for code in ("clock_ahead", "clock_back_after_jump", "clock_behind",
                                                "closing_clock_check")}
# Refusals the agent can answer "the date and time are right" to (closing_clock_check: core/closings.py).
_CLOCK_CONFIRMABLE = ("clock_ahead", "clock_back_after_jump", "closing_clock_check")

log = logging.getLogger(__name__)


__all__ = ["AppContext", "Changes", "Done"]


class AppContext(QObject):
    changed = Signal(object)  # Changes
    agentChanged = Signal()
    storageFaultChanged = Signal()  # `storage_fault` was set or cleared: the banner and the pay buttons
    municipalityChanged = Signal()  # enrollment: the server's municipality won over the device's

    def __init__(self, ledger: Ledger, *, demo: bool = False, languages: Languages | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.demo = demo
        self.runner = TaskRunner(self)
        self.languages = languages or Languages(self)
        self.printer = PrinterGateway(ledger)
        municipality = ledger.municipality
        self.currency = municipality.currency
        self.municipality_name = municipality.name
        self.timezone = municipality.timezone
        self.payment_limit = municipality.payment_limit()
        self.agent_name = ""
        self._tax_types: list | None = None
        self.storage_fault: StorageFault | None = ledger.standing_storage_fault()
        self.print_queue = PrintQueue(self)  # receipts waiting for a printer, retried in the background
        from desktop.sync_runner import SyncRunner  # it imports this module

        self.sync = SyncRunner(self)  # enrollment and background sync, in their own lane
        self.changed.connect(self._reference_changed)

    def set_municipality(self, municipality: Municipality) -> None:
        """The server's configuration, taken over at enrollment (name, currency, time zone)."""
        self.currency = municipality.currency
        self.municipality_name = municipality.name
        self.timezone = municipality.timezone
        self.payment_limit = municipality.payment_limit()
        self.municipalityChanged.emit()

    def _reference_changed(self, changes: Changes) -> None:
        if changes.registry:
            self._tax_types = None  # the schedule came with the server's data: read it again

    # -- language and formatting ---------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.languages.current or DEFAULT_LANGUAGE

    def money(self, amount: int) -> str:
        """Every amount the app shows goes through here: the UI language's CLDR conventions."""
        return format_money(amount, self.currency, self.lang)

    def period(self, period: str) -> str:
        """'2026-03' as 'mars 2026' / 'March 2026' / 'março de 2026'."""
        return period_in_words(period, self.lang)

    def tax_period(self, tax_code: str, period: str) -> str:
        """'Patente 2026', 'Droit de place, mars 2026': the tax's label and the period in words."""
        return tax_and_period(self.tax_label(tax_code), period, self.lang)

    def money_plain(self, amount: int) -> str:
        """An amount for an input field: no currency, no grouping the parser could misread."""
        return format_money(amount, self.currency, self.lang, with_currency=False)

    def parse_money(self, text: str, *, payment: bool = False) -> int:
        """An amount typed in a field; a `payment` is also held to the municipality's maximum."""
        return parse_amount(text, self.currency, locale=self.lang,
                            **({"maximum": self.payment_limit} if payment else {}))

    def in_words(self, amount: int) -> str:
        return amount_in_words(amount, self.currency, self.lang)

    def decimal(self, value: float, places: int = 1) -> str:
        """6.6 in English, 6,6 in French and Portuguese."""
        text = f"{value:.{places}f}"
        return text if self.lang == "en" else text.replace(".", ",")

    def when(self, iso_text: str | None, with_date: bool = True) -> str:
        """Device time as the agent reads it: the municipality's time, day first (en too, as in Africa)."""
        if not iso_text:
            return "—"
        moment = local_moment(iso_text, self.timezone)
        return moment.strftime("%d/%m/%Y %H:%M" if with_date else "%H:%M")

    def error_text(self, error: BaseException) -> str:
        """A refusal in the agent's language; anything unexpected, said plainly, never a traceback."""
        if isinstance(error, QuittanceError):
            return self.clock_text(error) if error.code.startswith("clock_") else error.message(self.lang)
        fault = self.ledger.as_storage_fault(error)
        if fault is not None:
            return fault.message(self.lang)
        log.error("unexpected error: %s", getattr(error, "__traceback_text__", repr(error)))
        return QCoreApplication.translate(
            "AppContext", "Something went wrong: %1. Nothing you typed was lost; try again.").replace(
            "%1", str(error) or type(error).__name__)

    def clock_text(self, error: QuittanceError) -> str:
        """A clock refusal as the agent compares it with the device's clock: the municipality's
        time with its offset, not the UTC timestamps the core records."""
        params = dict(error.params)
        for key in ("now", "last", "before", "server"):
            if params.get(key):
                params[key] = local_datetime(params[key], self.lang, self.timezone)
        if params.get("earliest"):
            params["earliest"] = datetime.fromisoformat(params["earliest"]).strftime("%d/%m/%Y")
        return translate(_IN_THE_APP.get(error.code, error.code), self.lang, **params)

    # -- background work -----------------------------------------------------------------
    def run(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None, label: str = "", lane: str = "") -> Task:
        """Run `fn` off the UI thread. If it returns a Done (see `op`), `done` gets its value and
        then every view hears what changed. Printer jobs pass lane=PRINT_LANE (desktop/tasks.py)."""
        def finished(result: Any) -> None:
            if isinstance(result, Done):
                if done is not None:
                    done(result.value)
                if result.changes:
                    self.changed.emit(result.changes)
            elif done is not None:
                done(result)

        def failing(error: BaseException) -> None:
            self.note_storage_error(error)
            if failed is not None:
                failed(error)
            else:
                log.error("background task %r failed: %s", label, getattr(error, "__traceback_text__", error))

        def refused(error: BaseException) -> None:
            if self._clock_confirmed(error):
                self.runner.submit(fn, finished, failing, label, lane)  # once: the ledger now accepts the clock
            else:
                failing(error)
        return self.runner.submit(fn, finished, refused, label, lane)

    def op(self, write: Callable[[Ledger], Any], done: Callable[[Any], None] | None = None,
           failed: Callable[[BaseException], None] | None = None, label: str = "", lane: str = "") -> Task:
        """Run ledger writes off the UI thread as one operation: `done` gets what `write(ledger)`
        returned, then every view hears the changes those writes reported (Ledger.operation).
        A print job is one too: a printed copy is recorded in the ledger."""
        ledger = self.ledger
        return self.run(lambda: ledger.operation(write), done, failed, label, lane)

    def _clock_confirmed(self, error: BaseException) -> bool:
        """A clock more than a day past the last record: the agent says whether it is right."""
        if not (isinstance(error, QuittanceError) and error.code in _CLOCK_CONFIRMABLE):
            return False
        from desktop.views.dialogs import ConfirmDialog

        dialog = ConfirmDialog(QCoreApplication.translate("AppContext", "Check the date and time"),
                               self.clock_text(error),
                               QCoreApplication.translate("AppContext", "The date and time are right"),
                               QCoreApplication.translate("AppContext", "Back"), parent=QApplication.activeWindow())
        dialog.setObjectName("confirm_clock")
        if dialog.exec() != ConfirmDialog.DialogCode.Accepted:
            return False
        self.ledger.confirm_clock_ahead()
        return True

    # -- storage faults ------------------------------------------------------------------
    def note_storage_error(self, error: BaseException) -> None:
        """A storage fault stops new payments until a check succeeds (see StorageBanner)."""
        fault = self.ledger.as_storage_fault(error)
        if fault is not None:
            self.storage_fault = fault
            self.storageFaultChanged.emit()

    def check_storage(self, done: Callable[[bool], None] | None = None) -> None:
        """Check again, off the UI thread; a success clears the fault."""
        def cleared(_: Any) -> None:
            self.storage_fault = None
            self.storageFaultChanged.emit()
            if done is not None:
                done(True)
        self.run(self.ledger.check_storage, cleared, lambda _: done(False) if done else None,
                 label=QCoreApplication.translate("AppContext", "Checking the storage"))

    def setting(self, key: str, default: Any = None) -> Any:
        # A single-row read under WAL never waits on a writer; cheap enough for the UI thread.
        return self.ledger.setting(key, default)

    def tax_types(self) -> list:
        """The tax schedule: reference data, read once (it changes only with a sync pull)."""
        if self._tax_types is None:
            self._tax_types = self.ledger.tax_types()
        return self._tax_types

    def tax_label(self, code: str) -> str:
        """The tax's label in the UI language (the municipality's own label when it gave none)."""
        return next((tax.label_in(self.lang) for tax in self.tax_types() if tax.code == code), code)

    def now(self) -> datetime:
        return self.ledger.clock()

    def set_agent(self, agent_id: str | None, name: str) -> None:
        self.ledger.agent_id = agent_id
        self.agent_name = name
        self.agentChanged.emit()
