"""A photo deleted from the tablet between taking it and Submit: the submission is refused with
a message naming the question, the screen goes back to that photo, and nothing typed is lost."""
from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from tests.ui.census_support import (FORM_ID, block, census_form, click, entry, jump, names,  # noqa: F401
                                     new_submission, saved_answers)
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.test_census_finish import fill_required


def test_a_vanished_photo_is_refused_at_submit_and_the_screen_returns_to_it(qtbot, census_form, logged_in,
                                                                             tmp_path, monkeypatch):
    picture = tmp_path / "facade.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b5cad"))
    image.save(str(picture))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(picture), "")))
    new_submission(qtbot, logged_in)
    view = entry(logged_in)
    fill_required(qtbot, logged_in)
    jump(qtbot, logged_in, "building_photo")
    photo = block(logged_in, "building_photo").input
    click(qtbot, photo.choose)
    qtbot.waitUntil(lambda: photo._value != "", timeout=WAIT_MS)
    stored = saved_answers(qtbot, logged_in)["building"][0]["building_photo"]
    (view.media_dir() / stored).unlink()  # cleaned away by another app before Submit

    click(qtbot, view.finish_button)
    assert view.sheet is not None and view.sheet.objectName() == "summary_sheet"
    click(qtbot, view.sheet.submit)
    qtbot.waitUntil(lambda: view.notice.isVisible() and "photo" in view.notice.text(), timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert view.notice.text().startswith("La photo de « Photo du bâtiment » n'est plus sur cet appareil")
    assert "building_photo" in names(logged_in)  # back on the photo's page, to take it again
    assert logged_in.ctx.ledger.submissions(FORM_ID) == []
    assert saved_answers(qtbot, logged_in)["owner"]["owner_name"] == "Kabasele Ngoyi"
