"""The supervisor's way in: the server's address, name, password, and the 6-digit code when the
server asks for it. The role is what the server's `/me` says. The login runs off the UI thread.

When the server cannot be reached, a supervisor who logged in on this device before may open
the last figures kept for them (desktop/supervisor/session.py checks the password)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.i18n import LANGUAGES
from desktop.supervisor.session import WatchedClient
from desktop.widgets import Card, Notice, busy_bar, button, field_label, label
from sync.client.http import ServerError, Unreachable

SERVER_SETTING = "supervisor.server_url"  # the address a supervisor last logged in to, on this device
ENROLLED_SERVER = "server_url"  # sync.client.state.SERVER_URL: where this device syncs
DEMO_SERVER = "http://127.0.0.1:8000"  # where `make server` listens by default


translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def failure_text(error: BaseException) -> str:
    """Why a login failed, in the user's language; the server's own words only for the unforeseen."""
    if isinstance(error, ServerError):
        if error.code == "login_refused":
            return translate("SupervisorLogin",
                             "The server refused this name and password (or this code). Check them and try again.")
        if error.code == "totp_required":
            return translate("SupervisorLogin", "This account asks for the 6-digit code of its authenticator app.")
        if error.code == "rate_limited":
            return translate("SupervisorLogin", "Too many tries from this device: wait a few minutes, then try again.")
        return translate("SupervisorLogin", "The server refused the login: %1").replace("%1", error.message)
    if isinstance(error, Unreachable):
        if error.last.startswith("HTTP 429"):
            return translate("SupervisorLogin", "Too many tries from this device: wait a few minutes, then try again.")
        return translate("SupervisorLogin",
                         "The server cannot be reached. Check its address and the network, then try again.")
    return translate("SupervisorLogin", "The login failed: %1").replace("%1", str(error))


class SupervisorLoginView(QWidget):
    loggedIn = Signal(object)  # the WatchedClient, logged in (or opened offline)
    backRequested = Signal()
    languageRequested = Signal(str)

    def __init__(self, ctx: AppContext, make_client: Callable[[str], WatchedClient],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisor_login")
        self.ctx = ctx
        self.make_client = make_client
        self._resume: WatchedClient | None = None  # the expired session's client: same name, same screens
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 8, 24, 8)
        top = QHBoxLayout()
        self.back = button()
        self.back.setObjectName("supervisor_back")
        self.back.clicked.connect(self.backRequested)
        top.addWidget(self.back)
        top.addStretch(1)
        self.language_buttons = {}
        for code in LANGUAGES:
            choice = button()
            choice.setText(code.upper())
            choice.setCheckable(True)
            choice.setMinimumWidth(72)
            choice.clicked.connect(lambda _=False, c=code: self.languageRequested.emit(c))
            self.language_buttons[code] = choice
            top.addWidget(choice)
        outer.addLayout(top)

        card = Card()
        card.setMaximumWidth(640)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title = label("title")
        card.body.addWidget(self.title)
        self.hint = label("muted")
        card.body.addWidget(self.hint)
        form = QFormLayout()
        form.setSpacing(6)
        self.server = QLineEdit(objectName="supervisor_server")
        self.name = QLineEdit(objectName="supervisor_name")
        self.password = QLineEdit(objectName="supervisor_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit(objectName="supervisor_code")
        self.code.setValidator(QRegularExpressionValidator(r"\d{0,6}", self.code))
        self.code.setMaxLength(6)
        self.labels = [field_label() for _ in range(4)]
        for row_label, field in zip(self.labels, (self.server, self.name, self.password, self.code)):
            field.setMinimumHeight(44)
            field.returnPressed.connect(self.submit)
            form.addRow(row_label, field)
        card.body.addLayout(form)
        self._set_code_row(False)
        self.notice = Notice()
        card.body.addWidget(self.notice)
        self.busy = busy_bar()
        card.body.addWidget(self.busy)
        actions = QHBoxLayout()
        self.offline = button()
        self.offline.setObjectName("supervisor_offline")
        self.offline.hide()
        self.offline.clicked.connect(self.open_offline)
        actions.addWidget(self.offline)
        actions.addStretch(1)
        self.ok = button("primary")
        self.ok.setObjectName("supervisor_login_ok")
        self.ok.setMinimumHeight(48)
        self.ok.clicked.connect(self.submit)
        actions.addWidget(self.ok)
        card.body.addLayout(actions)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        ctx.languages.changed.connect(self._language_changed)
        self._language_changed(ctx.lang)
        self.retranslate()

    # -- behaviour -----------------------------------------------------------------------
    def start(self, message: str | None = None, resume: WatchedClient | None = None) -> None:
        """A fresh form, or after an expired session the same supervisor's name and a message."""
        self._resume = resume
        self.server.setText(self.server.text() or self.ctx.setting(SERVER_SETTING)
                            or self.ctx.setting(ENROLLED_SERVER) or (DEMO_SERVER if self.ctx.demo else ""))
        if resume is not None:
            self.server.setText(resume.http.base_url)
            self.name.setText(resume.name or "")
        self.password.clear()
        self.code.clear()
        self._set_code_row(False)
        self.offline.hide()
        self.busy.hide()
        self.ok.setEnabled(True)
        if message:
            self.notice.show_message("warning", message)
        else:
            self.notice.clear()
        QTimer.singleShot(0, (self.password if self.name.text() else self.server if not self.server.text()
                              else self.name).setFocus)

    def _set_code_row(self, visible: bool) -> None:
        self.code.setVisible(visible)
        self.labels[3].setVisible(visible)

    def _typed(self) -> tuple[str, str, str, str] | None:
        url, name, password = self.server.text().strip(), " ".join(self.name.text().split()), self.password.text()
        code = self.code.text().strip()
        problem, field = None, None
        if not url.startswith(("http://", "https://")):
            problem = translate("SupervisorLogin", "Type the server's address, starting with https:// (or http://).")
            field = self.server
        elif not name:
            problem, field = translate("SupervisorLogin", "Type your name as your account has it on the server."), \
                self.name
        elif not password:
            problem, field = translate("SupervisorLogin", "Type your password."), self.password
        elif self.code.isVisible() and len(code) != 6:
            problem = translate("SupervisorLogin", "Type the 6-digit code your authenticator app shows now.")
            field = self.code
        if problem:
            self.notice.show_message("error", problem)
            field.setFocus()
            return None
        return url, name, password, code

    def submit(self) -> None:
        typed = self._typed()
        if typed is None or self.busy.isVisible():
            return
        url, name, password, code = typed
        resume = self._resume
        client = resume if resume is not None and resume.name == name and resume.http.base_url == url.rstrip("/") \
            else self.make_client(url)
        self.busy.show()
        self.ok.setEnabled(False)
        self.offline.hide()

        def work() -> dict[str, Any]:
            client.login(name, password, code or None)
            return client.read("/me").data  # the role is the server's word, not the login form's

        self.ctx.runner.submit(work, lambda me: self._done(client, url, me), lambda e: self._failed(client, e),
                               label=translate("SupervisorLogin", "Logging in"))

    def _done(self, client: WatchedClient, url: str, me: dict[str, Any]) -> None:
        self.busy.hide()
        self.ok.setEnabled(True)
        self.password.clear()
        self.code.clear()
        if me.get("role") != "supervisor":
            self.notice.show_message("error", lambda: translate("SupervisorLogin",
                                                                "This account is not a supervisor's."))
            return
        self.notice.clear()
        self.ctx.op(lambda ledger: ledger.save_setting(SERVER_SETTING, url), failed=lambda _e: None)
        self._resume = None
        self.loggedIn.emit(client)

    def _failed(self, client: WatchedClient, error: BaseException) -> None:
        self.busy.hide()
        self.ok.setEnabled(True)
        self.notice.show_message("error", lambda: failure_text(error))
        if isinstance(error, ServerError) and error.code == "totp_required":
            self._set_code_row(True)
            self.code.setFocus()
            return
        if isinstance(error, Unreachable) and not error.last.startswith("HTTP 429"):
            self.offline.show()
            return
        if isinstance(error, ServerError) and error.code == "login_refused":
            self.password.clear()
            self.password.setFocus()

    def open_offline(self) -> None:
        """The last figures kept on this device for this name, if the password is the one last accepted."""
        typed = self._typed()
        if typed is None:
            return
        url, name, password, _code = typed
        client = self.make_client(url)
        self.busy.show()
        self.ctx.runner.submit(lambda: client.open_offline(name, password),  # scrypt: off the UI thread
                               lambda ok: self._offline_checked(client, ok), lambda e: self._failed(client, e),
                               label=translate("SupervisorLogin", "Opening the last figures"))

    def _offline_checked(self, client: WatchedClient, ok: bool) -> None:
        self.busy.hide()
        if not ok:
            self.notice.show_message("error", lambda: translate(
                "SupervisorLogin", "No figures are kept on this device for this name and password: they are kept "
                "once you have logged in with the server reachable."))
            return
        self.password.clear()
        self.notice.clear()
        self.loggedIn.emit(client)

    # -- language ------------------------------------------------------------------------
    def _language_changed(self, code: str) -> None:
        for each, choice in self.language_buttons.items():
            choice.setChecked(each == code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back.setText(translate("SupervisorLogin", "← Agents' login"))
        self.title.setText(translate("SupervisorLogin", "Supervisor login"))
        self.hint.setText(translate("SupervisorLogin",
                                    "Supervisors work against the municipality's server with their own account."))
        for row_label, text in zip(self.labels, (translate("SupervisorLogin", "Server"),
                                                 translate("SupervisorLogin", "Name"),
                                                 translate("SupervisorLogin", "Password"),
                                                 translate("SupervisorLogin", "6-digit code"))):
            row_label.setText(text)
        self.server.setPlaceholderText("https://")
        self.ok.setText(translate("SupervisorLogin", "Log in"))
        self.offline.setText(translate("SupervisorLogin", "View the last figures offline"))

    def teardown(self) -> None:
        try:
            self.ctx.languages.changed.disconnect(self._language_changed)
        except (RuntimeError, TypeError):
            pass
