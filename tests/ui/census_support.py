"""Driving the census screens as an agent does: the rail, the list, the entry screen's questions,
tiles, Next and Back. Forms come into the device the way a municipality puts them there
(`Ledger.import_form` of an XLSForm), the census fixture first."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import WAIT_MS, wait_idle

CENSUS_XLSX = Path(__file__).resolve().parents[1] / "fixtures" / "forms" / "census_buildings.xlsx"
FORM_ID = "census_buildings"


@pytest.fixture
def census_form(demo_ledger):  # noqa: ANN001
    """The census form imported on the demo device (before the window opens)."""
    demo_ledger.act_as(demo_ledger.agents()[0].id)
    return demo_ledger.import_form(CENSUS_XLSX)


def click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def visible(qtbot, parent: QWidget, name: str) -> QWidget:  # noqa: ANN001
    """The child named `name` once it is on screen (a list's rows are shown at the next turn)."""
    def shown() -> bool:
        found = [w for w in parent.findChildren(QWidget, name) if w.isVisible()]
        return bool(found)
    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return next(w for w in parent.findChildren(QWidget, name) if w.isVisible())


def open_census(qtbot, main) -> None:  # noqa: ANN001
    click(qtbot, main.rail.buttons["census"])
    qtbot.waitUntil(lambda: main.current_view() is main.census, timeout=WAIT_MS)
    wait_idle(qtbot, main)


def new_submission(qtbot, main, form_id: str = FORM_ID) -> None:  # noqa: ANN001
    open_census(qtbot, main)
    click(qtbot, visible(qtbot, main.census, f"census_new_{form_id}"))
    qtbot.waitUntil(lambda: main.census.entry.session is not None and main.census.entry.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, main)


def entry(main):  # noqa: ANN001, ANN201
    return main.census.entry


def names(main) -> list[str]:  # noqa: ANN001
    """The questions on the page on screen, by name."""
    return [block.question.name for block in entry(main).blocks.values()]


def block(main, name: str):  # noqa: ANN001, ANN201
    found = [b for b in entry(main).blocks.values() if b.question.name == name]
    assert found, f"{name} is not on the page; the page shows {names(main)}"
    return found[0]


def type_in(qtbot, main, name: str, text: str, clear: bool = True) -> None:  # noqa: ANN001
    line = block(main, name).input.line
    if clear:
        line.selectAll()
        qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)


def tap(qtbot, main, name: str, choice: str) -> None:  # noqa: ANN001
    click(qtbot, block(main, name).input.tiles.tiles[choice])


def tiles(main, name: str) -> list[str]:  # noqa: ANN001
    return [tile.text() for tile in block(main, name).input.tiles.tiles.values()]


def next_page(qtbot, main) -> None:  # noqa: ANN001
    click(qtbot, entry(main).next_button)


def back(qtbot, main) -> None:  # noqa: ANN001
    click(qtbot, entry(main).back_button)


def problem(main, name: str) -> str:  # noqa: ANN001
    notice = block(main, name).problem
    return notice.text() if notice.isVisible() else ""


def label_of(main, name: str) -> str:  # noqa: ANN001
    return block(main, name).label.text()


def walk_to(qtbot, main, name: str, limit: int = 40) -> None:  # noqa: ANN001
    """Next, page after page, until the question is on screen (each page must let the agent on)."""
    for _ in range(limit):
        if name in names(main):
            return
        before = (entry(main).index, tuple(names(main)))
        next_page(qtbot, main)
        assert (entry(main).index, tuple(names(main))) != before, f"Next refused on {names(main)}"
    raise AssertionError(f"{name} never came")


def jump(qtbot, main, name: str) -> None:  # noqa: ANN001
    """Through the questions panel: open it, tap the question's line."""
    view = entry(main)
    if not view.questions_button.isChecked():
        click(qtbot, view.questions_button)
    panel = view.panel
    for row in range(panel.count()):
        item = panel.item(row)
        if item.data(Qt.ItemDataRole.UserRole).rsplit("/", 1)[-1] == name:
            panel.scrollToItem(item)
            qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(item).center())
            qtbot.waitUntil(lambda: name in names(main), timeout=WAIT_MS)
            return
    raise AssertionError(f"{name} is not in the questions panel")


def saved_answers(qtbot, main) -> dict:  # noqa: ANN001
    """The draft as the ledger holds it, once every pending save is written."""
    view = entry(main)
    view.saver.flush()
    qtbot.waitUntil(lambda: not view.saver.busy(), timeout=WAIT_MS)
    return main.ctx.ledger.draft(view.draft_id).answers
