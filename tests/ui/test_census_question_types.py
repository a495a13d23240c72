"""Each kind of question on the entry screen, as the agent answers it, and what the draft holds."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QLineEdit

from tests.ui.census_support import (block, census_form, click, entry, jump, names,  # noqa: F401 - fixture
                                     new_submission, next_page, problem, saved_answers, tap, type_in, walk_to)
from tests.ui.conftest import WAIT_MS


def test_text_and_choice_tiles(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    type_in(qtbot, logged_in, "owner_name", "Mbuyi Tshala")
    kind = block(logged_in, "owner_kind").input.tiles.tiles
    assert [t.text() for t in kind.values()] == ["Personne", "Entreprise"]
    assert kind["person"].isChecked()  # the form's default
    assert min(t.height() for t in kind.values()) >= 44  # a thumb's target
    tap(qtbot, logged_in, "owner_kind", "business")
    assert kind["business"].isChecked() and not kind["person"].isChecked()
    answers = saved_answers(qtbot, logged_in)["owner"]
    assert answers["owner_name"] == "Mbuyi Tshala" and answers["owner_kind"] == "business"


def test_select_multiple_keeps_the_list_order(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "member_age")  # the first household and its first member are there from the start
    type_in(qtbot, logged_in, "member_age", "30")
    walk_to(qtbot, logged_in, "member_activities")
    tap(qtbot, logged_in, "member_activities", "student")
    tap(qtbot, logged_in, "member_activities", "farming")
    tiles = block(logged_in, "member_activities").input.tiles.tiles
    assert tiles["student"].isChecked() and tiles["farming"].isChecked() and not tiles["trade"].isChecked()
    member = saved_answers(qtbot, logged_in)["household"][0]["member"][0]
    assert member["member_activities"] == "farming student"  # as ODK writes it: in the choices' order
    tap(qtbot, logged_in, "member_activities", "farming")  # tapped again: no longer chosen
    assert saved_answers(qtbot, logged_in)["household"][0]["member"][0]["member_activities"] == "student"


def test_numbers_refuse_letters_and_say_what_is_wrong(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "building_count")
    type_in(qtbot, logged_in, "building_count", "a2b")
    assert block(logged_in, "building_count").input.line.text() == "2"  # letters never reach the field
    type_in(qtbot, logged_in, "building_count", "1,5,5")
    assert problem(logged_in, "building_count") != ""  # said plainly under the question
    count_page = entry(logged_in).index
    next_page(qtbot, logged_in)
    assert entry(logged_in).index == count_page and "building_count" in names(logged_in)
    type_in(qtbot, logged_in, "building_count", "1")
    assert problem(logged_in, "building_count") == ""
    jump(qtbot, logged_in, "floor_area")
    type_in(qtbot, logged_in, "floor_area", "12,5")  # a French decimal comma
    assert problem(logged_in, "floor_area") == ""
    assert saved_answers(qtbot, logged_in)["building"][0]["floor_area"] == "12.5"


def test_a_stored_infinity_is_a_problem_not_a_crash(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    view = entry(logged_in)
    ref = next(r for p in view.pages for r in p.refs if r.endswith("/building_count"))
    view._answered(ref, "inf")  # as a draft written by an older version could hold it
    jump(qtbot, logged_in, "building_count")
    next_page(qtbot, logged_in)
    assert "building_count" in names(logged_in) and problem(logged_in, "building_count") != ""


def test_date_read_only_default_and_time_now(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "survey_date")
    survey = block(logged_in, "survey_date").input
    assert survey.edit.date().toPython() == date.today() and not survey.isEnabled()  # today(), read only
    next_page(qtbot, logged_in)
    assert names(logged_in) == ["visit_time"]
    click(qtbot, block(logged_in, "visit_time").input.now)
    value = saved_answers(qtbot, logged_in)["visit_time"]
    assert len(value) == len("14:05:00.000+01:00") and value[8:12] == ".000" and value[12] in "+-"


def test_geopoint_by_hand_and_an_outline_of_three_points(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "location")
    panel = block(logged_in, "location").input.panel
    click(qtbot, panel.manual_button)
    qtbot.keyClicks(panel.lat, "-5.896210")
    qtbot.keyClicks(panel.lon, "22.417100")
    click(qtbot, panel.use_manual)
    assert saved_answers(qtbot, logged_in)["location"] == "-5.89621 22.4171 0 0"
    assert "-5.896210" in panel.status.text()

    next_page(qtbot, logged_in)
    outline = block(logged_in, "property_outline").input
    for lat, lon in (("-5.8961", "22.4166"), ("-5.8961", "22.4170"), ("-5.8965", "22.4170")):
        click(qtbot, outline.panel.manual_button)
        outline.panel.lat.clear()
        outline.panel.lon.clear()
        qtbot.keyClicks(outline.panel.lat, lat)
        qtbot.keyClicks(outline.panel.lon, lon)
        click(qtbot, outline.panel.use_manual)
        click(qtbot, outline.add)
    assert outline.count.text() == "Points : 3"
    assert outline.list.count() == 3
    # A shape is closed as ODK writes it: the first point again at the end.
    assert saved_answers(qtbot, logged_in)["property_outline"] == \
        "-5.8961 22.4166 0 0;-5.8961 22.417 0 0;-5.8965 22.417 0 0;-5.8961 22.4166 0 0"
    click(qtbot, outline.remove_last)
    assert outline.count.text() == "Points : 2"
    assert outline.draw.isHidden()  # no map screen plugged in: no button that does nothing


def test_image_from_a_file_is_copied_to_the_device(qtbot, census_form, logged_in, tmp_path, monkeypatch):
    picture = tmp_path / "facade.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b5cad"))
    image.save(str(picture))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(picture), "")))
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "building_count")
    type_in(qtbot, logged_in, "building_count", "1")
    jump(qtbot, logged_in, "building_photo")
    photo = block(logged_in, "building_photo").input
    click(qtbot, photo.choose)
    qtbot.waitUntil(lambda: photo._value != "", timeout=WAIT_MS)
    stored = saved_answers(qtbot, logged_in)["building"][0]["building_photo"]
    assert stored.endswith(".png") and stored != "facade.png"
    assert (entry(logged_in).media_dir() / stored).read_bytes() == picture.read_bytes()
    assert not photo.thumb.pixmap().isNull()


def test_barcode_is_typed_and_a_note_shows_a_calculation(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "building_count")
    type_in(qtbot, logged_in, "building_count", "1")
    jump(qtbot, logged_in, "floor_area")
    type_in(qtbot, logged_in, "floor_area", "100,25")
    jump(qtbot, logged_in, "area_note")
    assert block(logged_in, "area_note").label.text() == "Surface totale : 100.25 m²"
    jump(qtbot, logged_in, "meter")
    line: QLineEdit = block(logged_in, "meter").input.line
    assert line.placeholderText() != ""
    qtbot.keyClicks(line, "5901234123457")
    assert saved_answers(qtbot, logged_in)["meter"] == "5901234123457"


def test_a_multiline_text_keeps_its_lines(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "comments")
    box = block(logged_in, "comments").input.line
    assert box.height() >= 100  # appearance multiline: a box, not one line
    qtbot.keyClicks(box, "Toit en tole")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Cour commune")
    assert saved_answers(qtbot, logged_in)["comments"] == "Toit en tole\nCour commune"


def test_a_date_is_empty_until_picked_then_cleared(qtbot, census_form, logged_in):
    from PySide6.QtCore import QDate

    from desktop.forms.inputs import DateInput

    date_input = DateInput()
    qtbot.addWidget(date_input)
    given: list[str] = []
    date_input.edited.connect(given.append)
    date_input.set_value("")
    assert date_input.edit.text() == "—" and given == []  # showing nothing is not an answer
    date_input.edit.setDate(QDate(2026, 11, 29))
    assert given == ["2026-11-29"]
    qtbot.mouseClick(date_input.clear, Qt.MouseButton.LeftButton)
    assert given[-1] == "" and date_input.edit.text() == "—"
    date_input.set_value("2026-01-05")
    assert date_input.edit.date() == QDate(2026, 1, 5) and given[-1] == ""  # shown, not answered again


def test_geopoint_from_the_receiver(qtbot, census_form, logged_in):
    """The registration screen's capture, reused: the shipped NMEA log replays a receiver settling."""
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "location")
    panel = block(logged_in, "location").input.panel
    click(qtbot, panel.capture_button)
    qtbot.waitUntil(lambda: panel.location() is not None, timeout=WAIT_MS)
    latitude, longitude, _altitude, accuracy = (float(x) for x in saved_answers(qtbot, logged_in)["location"].split())
    assert -6 < latitude < -5 and 22 < longitude < 23 and 0 < accuracy <= 10  # within the threshold
    click(qtbot, panel.capture_button)  # capturing again, then the agent goes elsewhere
    assert panel.capture.running
    view = entry(logged_in)
    view.jump(view.panel_refs()[0])
    assert not panel.capture.running  # no receiver left running off-screen
