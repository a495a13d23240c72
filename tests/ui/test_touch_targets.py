"""Touch targets of at least 44 px: the search boxes' clear buttons, and every control a finger
uses on the main screens of a 1024x600 tablet."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from tests.ui.conftest import WAIT_MS, taxpayer_with_arrears, type_text, wait_idle

TOUCH = 44


def test_the_search_clear_button_is_finger_sized_and_clears(qtbot, logged_in):
    logged_in.resize(1024, 600)
    logged_in.navigate("search")
    view = logged_in.search
    assert not view.clear_button.isVisible()  # nothing to clear yet
    qtbot.keyClicks(view.box, "kab")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    button = view.clear_button
    assert button.isVisible()
    assert button.width() >= TOUCH and button.height() >= TOUCH
    inside = button.geometry()  # within the field, at its right end, never over the typed text
    assert view.box.rect().contains(inside) and inside.right() == view.box.rect().right()
    assert view.box.textMargins().right() >= TOUCH - 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.box.text() == ""
    assert not button.isVisible()
    assert view.box.hasFocus()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=WAIT_MS)


def test_the_home_search_box_has_one_too(qtbot, logged_in):
    logged_in.resize(1024, 600)
    home = logged_in.home
    home.search.setText("x")  # set, not typed: typing on Home hands the text to the search screen
    assert home.clear_button.isVisible() and min(home.clear_button.width(), home.clear_button.height()) >= TOUCH
    qtbot.mouseClick(home.clear_button, Qt.MouseButton.LeftButton)
    assert home.search.text() == "" and logged_in.current_view() is home


def _too_small(view: QWidget) -> list[str]:
    small = []
    for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox):
        for widget in view.findChildren(kind):
            if not widget.isVisible() or type(widget).__name__ == "QTableCornerButton":
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                continue  # the text part of a combo or spin box, measured as that box
            # A button is a target both ways (Qt's own clear button was 64 px high and 22 px wide).
            narrow = isinstance(widget, QAbstractButton) and widget.width() < TOUCH
            if widget.height() < TOUCH or narrow:
                small.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.width()}x{widget.height()}")
    return small


@pytest.mark.parametrize("lang", ["fr", "en", "pt"])
def test_every_control_on_the_main_screens_is_at_least_44_px(qtbot, logged_in, demo_ledger, with_session, lang):
    main = logged_in
    main.resize(1024, 600)
    main.set_language(lang)
    wait_idle(qtbot, main)
    seen: dict[str, list[str]] = {}

    def check(name: str) -> None:
        qtbot.wait(50)  # one pass of layout and paint
        seen[name] = _too_small(main)

    main.navigate("home")
    wait_idle(qtbot, main)
    check("home")
    main.navigate("search")
    type_text(main.search.box, "a")
    qtbot.waitUntil(lambda: main.search.model.rowCount() > 0, timeout=WAIT_MS)
    check("search")
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    main.open_card(taxpayer_id)
    qtbot.waitUntil(lambda: main.card.card is not None and main.card.pay_button.isEnabled(), timeout=WAIT_MS)
    check("card")
    qtbot.mouseClick(main.card.pay_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, main)
    check("payment")
    main.navigate("new")
    check("new taxpayer")
    main.navigate("session")
    wait_idle(qtbot, main)
    check("session")
    main.navigate("sync")
    check("sync")
    main.navigate("settings")
    for source in ("system", "serial", "file"):
        main.settings.gps_source.setCurrentIndex(main.settings.gps_source.findData(source))
        check(f"settings ({source})")
    assert {name: small for name, small in seen.items() if small} == {}


def test_settings_number_fields_have_finger_sized_minus_and_plus(qtbot, logged_in, demo_ledger):
    logged_in.resize(1024, 600)
    logged_in.navigate("settings")
    view = logged_in.settings
    view.gps_source.setCurrentIndex(view.gps_source.findData("serial"))
    qtbot.wait(50)
    stepper = view.threshold_stepper
    for widget in (stepper.minus, stepper.plus):
        assert widget.isVisible() and widget.width() >= TOUCH and widget.height() >= TOUCH
    # The value has the room between them (a 1 px edit field was what Qt made of a styled
    # spin box without arrows), and reads "10 m".
    assert view.threshold.lineEdit().width() >= 120 and view.threshold.lineEdit().isVisible()
    assert view.threshold.text() == "10 m"
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stepper.minus, Qt.MouseButton.LeftButton)
    assert view.threshold.value() == 11
    view.threshold.setValue(view.threshold.minimum())
    assert not stepper.minus.isEnabled() and stepper.plus.isEnabled()
    qtbot.mouseClick(view.uere_stepper.plus, Qt.MouseButton.LeftButton)
    assert view.uere.value() == 5.5  # half a metre a step
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (demo_ledger.setting("gps") or {}).get("uere_m") == 5.5, timeout=WAIT_MS)
    assert demo_ledger.setting("gps")["threshold_m"] == 1.0


def test_the_surface_is_typed_in_a_roomy_field(qtbot, logged_in):
    logged_in.resize(1024, 600)
    logged_in.navigate("new")
    row = logged_in.form.objects.add_row()
    row.kind.setCurrentIndex(row.kind.findData("property"))
    qtbot.wait(50)
    assert row.surface.lineEdit().width() >= 100
    assert row.surface.text() == "Surface ?"  # in French: nothing given yet
    row.surface.setFocus()
    row.surface.selectAll()
    qtbot.keyClicks(row.surface, "250")
    assert row.surface.value() == 250 and row.surface.text() == "250 m²"
    assert row.surface.inputMethodHints() & Qt.InputMethodHint.ImhFormattedNumbersOnly
