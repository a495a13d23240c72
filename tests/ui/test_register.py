"""Registering a taxpayer: validation, the similar-taxpayer warning, taxable objects, and a
position captured from an NMEA log replayed through QtPositioning."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, answer_next_dialog, type_text, wait_idle


def _open_form(qtbot, main):  # noqa: ANN001
    qtbot.mouseClick(main.rail.buttons["new"], Qt.MouseButton.LeftButton)
    assert main.current_view() is main.form
    return main.form


def test_register_with_a_position_from_an_nmea_log(qtbot, logged_in, demo_ledger):
    form = _open_form(qtbot, logged_in)
    type_text(form.name, "Ngalula Mbombo Thérèse")
    qtbot.keyClicks(form.phone, "+243 81 555 0142")
    form.zone.setCurrentIndex(form.zone.findText("Katoka", Qt.MatchFlag.MatchStartsWith))
    type_text(form.address, "Katoka, près du marché central")
    qtbot.mouseClick(form.objects.add_button, Qt.MouseButton.LeftButton)
    row = form.objects.rows[0]
    row.kind.setCurrentIndex(row.kind.findData("market_stall"))
    qtbot.keyClicks(row.reference, "MAR-KAT-0042")

    panel = form.location_panel
    qtbot.mouseClick(panel.capture_button, Qt.MouseButton.LeftButton)
    # While the receiver settles, the live accuracy is shown (the log starts at about 39 m).
    qtbot.waitUntil(lambda: panel.live is not None, timeout=WAIT_MS)
    assert " m" in panel.live_label.text()
    # Capture happens by itself once accuracy reaches the 10 m threshold.
    qtbot.waitUntil(lambda: panel.location() is not None, timeout=WAIT_MS)
    location = panel.location()
    assert location.accuracy_m <= 10.0
    assert location.source == "external-gnss"
    assert abs(location.latitude - -5.8962) < 0.001 and abs(location.longitude - 22.4171) < 0.001
    assert location.fix_time.startswith("2026-11-22T14:31")
    assert not panel.capture.running
    assert "Enregistrée" in panel.status.text()

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: logged_in.current_view() is logged_in.card, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: logged_in.card.card is not None, timeout=WAIT_MS)
    assert logged_in.card.name.text() == "Ngalula Mbombo Thérèse"
    assert "MAR-KAT-0042" in logged_in.card.objects_text.text()
    assert "Récepteur GNSS externe" in logged_in.card.location_text.text()

    stored = demo_ledger.reads.taxpayer_card(logged_in.card.taxpayer_id)
    t = stored.taxpayer
    assert (t["latitude"], t["longitude"], t["accuracy_m"]) == (location.latitude, location.longitude,
                                                                location.accuracy_m)
    assert t["location_source"] == "external-gnss" and t["fix_time"] == location.fix_time
    assert t["phone"] == "+243815550142"
    assert stored.zone_name == "Katoka"
    assert [(o.kind, o.reference) for o in stored.objects] == [("market_stall", "MAR-KAT-0042")]
    assert form.is_draft_empty()  # saved, so the form is ready for the next one


def test_a_worse_fix_is_kept_only_when_accepted(qtbot, logged_in, demo_ledger):
    demo_ledger.save_setting("gps", {**demo_ledger.setting("gps"), "threshold_m": 1.0})
    form = _open_form(qtbot, logged_in)
    panel = form.location_panel
    qtbot.mouseClick(panel.capture_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.accept_button.isVisible(), timeout=WAIT_MS)
    assert panel.location() is None  # nothing good enough yet: it keeps waiting
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert panel.location() is not None and panel.location().accuracy_m > 1.0
    assert not panel.capture.running


def test_manual_coordinates_are_marked_manual(qtbot, logged_in, demo_ledger):
    form = _open_form(qtbot, logged_in)
    qtbot.keyClicks(form.name, "Tshimanga Kapinga")
    panel = form.location_panel
    qtbot.mouseClick(panel.manual_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.lat, "-5,8971")
    qtbot.keyClicks(panel.lon, "22.4189")
    qtbot.mouseClick(panel.use_manual, Qt.MouseButton.LeftButton)
    assert panel.location().source == "manual"
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: logged_in.card.card is not None and logged_in.current_view() is logged_in.card,
                    timeout=WAIT_MS)
    t = demo_ledger.reads.taxpayer_card(logged_in.card.taxpayer_id).taxpayer
    assert (t["latitude"], t["longitude"], t["location_source"], t["accuracy_m"]) == (-5.8971, 22.4189, "manual",
                                                                                       None)


def test_required_name_and_phone_format_keep_what_was_typed(qtbot, logged_in, demo_ledger):
    form = _open_form(qtbot, logged_in)
    count = demo_ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0]
    qtbot.keyClicks(form.phone, "81-abc")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "obligatoire" in form.notice.text()  # the name first
    qtbot.keyClicks(form.name, "Mwamba Odette")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "téléphone invalide" in form.notice.text().lower()
    assert form.name.text() == "Mwamba Odette" and form.phone.text() == "81-abc"
    assert form.phone.property("invalid") is True
    wait_idle(qtbot, logged_in)
    assert demo_ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == count


def test_a_similar_taxpayer_is_flagged_before_saving(qtbot, logged_in, demo_ledger):
    existing = next(r.hit for r in demo_ledger.reads.search("a", limit=100) if r.hit.phone)
    form = _open_form(qtbot, logged_in)
    qtbot.keyClicks(form.name, "Quelqu'un d'autre")
    qtbot.keyClicks(form.phone, existing.phone)
    qtbot.waitUntil(lambda: form.similar_notice.isVisible(), timeout=WAIT_MS)
    assert existing.name in form.similar_notice.text()

    # Saving asks first; going back keeps everything and records nothing.
    count = demo_ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0]
    answer_next_dialog(qtbot, lambda dialog: dialog.reject())
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.name.text() == "Quelqu'un d'autre"
    assert demo_ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == count
    # Confirming that it is someone else saves.
    answer_next_dialog(qtbot, lambda dialog: dialog.accept())
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: logged_in.current_view() is logged_in.card, timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert demo_ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == count + 1


def test_edit_changes_only_what_changed(qtbot, logged_in, demo_ledger):
    target = demo_ledger.reads.search("ilunga", limit=1)[0].hit
    logged_in.open_card(target.taxpayer_id)
    qtbot.waitUntil(lambda: logged_in.card.card is not None, timeout=WAIT_MS)
    qtbot.mouseClick(logged_in.card.edit_button, Qt.MouseButton.LeftButton)
    form = logged_in.form
    assert form.name.text() == target.name
    form.address.clear()
    qtbot.keyClicks(form.address, "Avenue Lumumba 12")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: logged_in.current_view() is logged_in.card, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Avenue Lumumba 12" in logged_in.card.identity_text.text(), timeout=WAIT_MS)
    t = demo_ledger.reads.taxpayer_card(target.taxpayer_id).taxpayer
    assert t["address"] == "Avenue Lumumba 12" and t["version"] == 2 and t["name"] == target.name
