"""One input per question type, each with the same small face: `set_value(str)` shows an answer
(ODK's text encoding), `edited(str)` says the agent changed it. The entry screen hands them to
the FormSession; nothing here knows about the form's logic."""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QRegularExpression, QTime, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QTextCursor
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QTimeEdit, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.forms import values
from desktop.theme import ACCENT, BORDER
from desktop.widgets import button

# The theme styles line edits and spin boxes, not date and time edits: give them the same frame.
_EDIT_STYLE = (f"QDateTimeEdit {{ min-height: 46px; border: 2px solid {BORDER}; border-radius: 6px; background: white;"
               f" padding: 2px 52px 2px 10px; }} QDateTimeEdit:focus {{ border: 3px solid {ACCENT}; }}")
_NO_DATE = QDate(1900, 1, 1)  # shown as "—": the field has no answer yet
_NO_TIME = QTime(0, 0)


class Input(QWidget):
    edited = Signal(str)

    def set_value(self, value: str) -> None:
        raise NotImplementedError

    def focus(self) -> None:
        self.setFocus()

    def stop(self) -> None:
        """Leaving the page: a receiver or camera this input started is stopped."""

    def retranslate(self) -> None:
        """Its own words, again in the app's language (inputs with buttons or hints say them)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TextInput(Input):
    def __init__(self, kind: str, parent: QWidget | None = None, multiline: bool = False) -> None:
        super().__init__(parent)
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = _LongLine() if multiline else QLineEdit()
        self.line.setObjectName(f"answer_{kind}")
        if kind in ("integer", "decimal"):
            # Letters are refused as they are typed; a misplaced separator ("1,5,5") is let through
            # so that the engine says plainly what is wrong with it, under the field.
            self.line.setValidator(QRegularExpressionValidator(QRegularExpression(r"[-+0-9.,\s]*"), self.line))
            self.line.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.line.textEdited.connect(self._typed)
        layout.addWidget(self.line)
        self.language = ""
        self.retranslate()

    def _typed(self, text: str) -> None:
        self.edited.emit(values.number_text(text, self.kind) if self.kind in ("integer", "decimal") else text)

    def set_value(self, value: str) -> None:
        current = self.line.text()
        meant = values.number_text(current, self.kind) if self.kind in ("integer", "decimal") else current
        if meant != value:  # never rewrite what the agent is typing (the cursor would jump)
            self.line.setText(values.number_shown(value, self.language) if self.kind == "decimal" else value)

    def focus(self) -> None:
        self.line.setFocus()
        self.line.end(False)

    def retranslate(self) -> None:
        self.line.setPlaceholderText({"barcode": self.tr("Type the code written under the bars"),
                                      "integer": self.tr("A whole number"),
                                      "decimal": self.tr("A number")}.get(self.kind, ""))


class _LongLine(QPlainTextEdit):
    """A text of several lines (appearance `multiline`), with the few calls TextInput makes of a line."""
    textEdited = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setMinimumHeight(140)
        self.textChanged.connect(lambda: None if self._quiet else self.textEdited.emit(self.toPlainText()))
        self._quiet = False

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name
        self._quiet = True
        self.setPlainText(text)
        self._quiet = False

    def end(self, _mark: bool) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)


class DateInput(Input):
    """A calendar, and "—" until the agent picks a day (an unanswered date is not today)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit()
        self.edit.setObjectName("answer_date")
        self.edit.setStyleSheet(_EDIT_STYLE)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(_NO_DATE)
        self.edit.setSpecialValueText("—")
        self.edit.setDate(_NO_DATE)
        self.edit.setMinimumWidth(220)
        self.edit.dateChanged.connect(self._picked)
        self.today = button()
        self.today.setObjectName("answer_date_today")
        self.today.clicked.connect(lambda: self.edit.setDate(QDate.currentDate()))
        self.clear = button()
        self.clear.setObjectName("answer_date_clear")
        self.clear.clicked.connect(lambda: self.edit.setDate(_NO_DATE))
        row.addWidget(self.edit)
        row.addWidget(self.today)
        row.addWidget(self.clear)
        row.addStretch(1)
        self._quiet = False
        self.retranslate()

    def _picked(self, day: QDate) -> None:
        if not self._quiet:
            self.edited.emit("" if day == _NO_DATE else values.date_value(day.toPython()))

    def set_value(self, value: str) -> None:
        day = values.parse_date(value)
        wanted = QDate(day.year, day.month, day.day) if day else _NO_DATE
        if self.edit.date() != wanted:
            self._quiet = True
            self.edit.setDate(wanted)
            self._quiet = False

    def focus(self) -> None:
        self.edit.setFocus()

    def retranslate(self) -> None:
        self.today.setText(self.tr("Today"))
        self.clear.setText(self.tr("Clear"))


class TimeInput(Input):
    """Hours and minutes; "Now" fills the device's time. The answer carries the device's offset."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QTimeEdit()
        self.edit.setObjectName("answer_time")
        self.edit.setStyleSheet(_EDIT_STYLE)
        self.edit.setDisplayFormat("HH:mm")
        # "—" until answered, as for dates; the price is that 00:00 itself reads as unanswered.
        self.edit.setMinimumTime(_NO_TIME)
        self.edit.setSpecialValueText("—")
        self.edit.setMinimumWidth(160)
        self.edit.timeChanged.connect(self._picked)
        self.now = button()
        self.now.setObjectName("answer_time_now")
        self.now.clicked.connect(self._now)
        self.clear = button()
        self.clear.setObjectName("answer_time_clear")
        self.clear.clicked.connect(lambda: self.edited.emit(""))
        row.addWidget(self.edit)
        row.addWidget(self.now)
        row.addWidget(self.clear)
        row.addStretch(1)
        self._quiet = False
        self.retranslate()

    def _local_now(self):  # noqa: ANN202
        from core.timezones import in_zone

        return in_zone(self.ctx.now(), self.ctx.timezone)

    def _now(self) -> None:
        moment = self._local_now()
        self._quiet = True
        self.edit.setTime(QTime(moment.hour, moment.minute))
        self._quiet = False
        self.edited.emit(values.time_value(moment.time().replace(second=0, microsecond=0),
                                           values.local_offset(moment)))

    def _picked(self, moment: QTime) -> None:
        if not self._quiet:
            self.edited.emit("" if moment == _NO_TIME else
                             values.time_value(moment.toPython(), values.local_offset(self._local_now())))

    def set_value(self, value: str) -> None:
        moment = values.parse_time(value)
        wanted = QTime(moment.hour, moment.minute) if moment else _NO_TIME
        if self.edit.time() != wanted:
            self._quiet = True
            self.edit.setTime(wanted)
            self._quiet = False

    def focus(self) -> None:
        self.edit.setFocus()

    def retranslate(self) -> None:
        self.now.setText(self.tr("Now"))
        self.clear.setText(self.tr("Clear"))


class NoteInput(Input):
    """A note is its label: nothing to answer."""

    def set_value(self, value: str) -> None:
        pass


def make_input(kind: str, ctx: AppContext, media_dir=None, appearance: str = "") -> Input:  # noqa: ANN001
    """The input for a question type (see core/forms/model.py LEAF_TYPES)."""
    if kind in ("text", "integer", "decimal", "barcode"):
        return TextInput(kind, multiline=kind == "text" and "multiline" in appearance.split())
    if kind == "date":
        return DateInput()
    if kind == "time":
        return TimeInput(ctx)
    if kind in ("select_one", "select_multiple"):
        from desktop.forms.choices import ChoiceInput

        return ChoiceInput(kind == "select_multiple")
    if kind == "geopoint":
        from desktop.forms.geo import PointInput

        return PointInput(ctx)
    if kind in ("geotrace", "geoshape"):
        from desktop.forms.geo import PointsInput

        return PointsInput(ctx, closed=kind == "geoshape")
    if kind == "image":
        from desktop.forms.image import ImageInput

        return ImageInput(ctx, media_dir)
    return NoteInput()
