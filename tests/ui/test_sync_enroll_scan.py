"""Enrolling by showing the supervisor's QR code to the camera: the QR PNG `quittance-server device
add --qr FILE --server-url URL` writes, seen as a camera sees a printed sheet, fills the address and
the code as a pasted link does, and enrollment then goes through; a device with no camera, a camera
that fails and a QR code that is not an enrollment one are each said in plain words."""
from __future__ import annotations

import json
import threading

import pytest
import qrcode
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaDevices

import desktop.views.qr_scan as qr_scan
from desktop.camera import CameraFrameSource
from desktop.qr_decode import grey_picture, qr_texts
from sync.server.cli import write_enrollment_qr
from tests.server.test_cli import _env, _run
from tests.ui.conftest import WAIT_MS
from tests.ui.qr_frames import NoCameras, StillCameras, photo_like, qimage
from tests.ui.sync_support import SERVER_URL, events_on_device, server, use_server  # noqa: F401
from tests.ui.test_sync_enroll import open_enrollment

RECEIPT_QR_TEXT = "https://verifier.kananga.example/v/Q1.eyJuIjoiVDA5LTIwMjYtMDAwMDEyIn0.c2lnbmF0dXJl"


def scan_until_filled(qtbot, view, cameras: StillCameras) -> None:  # noqa: ANN001
    view.cameras = cameras
    view._camera_state()
    assert view.scan_button.isEnabled()
    qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    assert view.scanner.isVisible() and not view.form_card.isVisible()
    qtbot.waitUntil(lambda: view.form_card.isVisible(), timeout=WAIT_MS)


def test_the_qr_code_the_server_cli_writes_fills_address_and_code(qtbot, logged_in, tmp_path):
    env = _env(tmp_path, f"sqlite:///{tmp_path / 'server.db'}")
    _run(env, "init")
    png = tmp_path / "enroll-T09.png"
    added = json.loads(_run(env, "device", "add", "T09", "--agent", "Ilunga Kabeya", "--qr", str(png),
                            "--server-url", SERVER_URL, "--json").stdout)
    view = open_enrollment(qtbot, logged_in)
    view.server.clear()
    cameras = StillCameras([qimage(Image.new("RGB", (640, 480), "gray")), qimage(photo_like(png))])
    scan_until_filled(qtbot, view, cameras)
    assert view.server.text() == SERVER_URL
    assert view.code.text() == added["enrollment_code"]
    assert not cameras.running and not view.scanner.isVisible()  # the camera is closed
    assert view.submit_button.isEnabled() and view.submit_button.hasFocus()
    assert not view.code_error.isVisible() and not view.server_error.isVisible()


def test_a_scanned_code_enrolls_the_device(qtbot, logged_in, server, demo_ledger, tmp_path):
    main = logged_in
    use_server(qtbot, main, server.transport())
    png = tmp_path / "enroll.png"
    write_enrollment_qr(server.add_code("T09"), SERVER_URL, png)  # what `device add` writes
    view = open_enrollment(qtbot, main)
    view.server.clear()
    scan_until_filled(qtbot, view, StillCameras([qimage(photo_like(png, angle=-31, scale=0.5))]))
    qtbot.keyClick(view.submit_button, Qt.Key.Key_Space)  # the focused Enroll button, pressed
    qtbot.waitUntil(lambda: main.current_view() is main.sync, timeout=WAIT_MS)
    assert demo_ledger.device.code == "T09"
    device = server.device(demo_ledger.device.id)
    qtbot.waitUntil(lambda: main.ctx.sync.last_result is not None and not main.ctx.sync.running, timeout=WAIT_MS)
    assert device.stored_through == events_on_device(demo_ledger)


def test_a_qr_code_with_the_code_alone_fills_the_code_and_keeps_the_address(qtbot, logged_in, tmp_path):
    png = tmp_path / "enroll.png"
    write_enrollment_qr("K7Q2M9XD", None, png)  # `device add` without --server-url
    view = open_enrollment(qtbot, logged_in)
    view.server.setText(SERVER_URL)
    scan_until_filled(qtbot, view, StillCameras([qimage(photo_like(png))]))
    assert (view.server.text(), view.code.text()) == (SERVER_URL, "K7Q2M9XD")
    assert view.submit_button.hasFocus()


def test_a_qr_code_that_is_not_an_enrollment_one_is_said_and_scanning_goes_on(qtbot, logged_in, tmp_path):
    main = logged_in
    main.set_language("en")
    receipt = tmp_path / "receipt.png"
    qrcode.make(RECEIPT_QR_TEXT).save(receipt)
    view = open_enrollment(qtbot, main)
    view.server.clear()
    cameras = StillCameras([qimage(photo_like(receipt))])
    view.cameras = cameras
    view._camera_state()
    qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not an enrollment code" in view.scanner.message.text(), timeout=WAIT_MS)
    main.set_language("pt")
    qtbot.waitUntil(lambda: "não é um código de inscrição" in view.scanner.message.text(), timeout=WAIT_MS)
    shown = cameras.emitted
    qtbot.waitUntil(lambda: cameras.emitted > shown + 5, timeout=WAIT_MS)  # still scanning
    assert cameras.running and view.scanner.isVisible() and view.server.text() == "" and view.code.text() == ""
    good = tmp_path / "enroll.png"
    write_enrollment_qr("K7Q2M9XD", SERVER_URL, good)
    cameras.frames = [qimage(photo_like(good))]  # the agent shows the right sheet
    qtbot.waitUntil(lambda: view.form_card.isVisible(), timeout=WAIT_MS)
    assert (view.server.text(), view.code.text()) == (SERVER_URL, "K7Q2M9XD")


def test_no_camera_disables_the_button_and_says_why(qtbot, logged_in):
    main = logged_in
    main.enroll.cameras = NoCameras()
    view = open_enrollment(qtbot, main)
    assert not view.scan_button.isEnabled()
    assert view.scan_note.isVisible()
    assert "aucune caméra" in view.scan_note.text() and view.scan_button.toolTip() == view.scan_note.text()
    main.set_language("en")
    qtbot.waitUntil(lambda: view.scan_button.text() == "Scan the QR code", timeout=WAIT_MS)
    assert "no camera" in view.scan_note.text() and view.scan_button.toolTip() == view.scan_note.text()
    main.set_language("pt")
    qtbot.waitUntil(lambda: "não tem câmara" in view.scan_note.text(), timeout=WAIT_MS)
    assert view.scan_button.text() == "Ler o código QR" and view.scan_button.toolTip() == view.scan_note.text()
    main.enroll.cameras = StillCameras([])
    view.start()
    assert view.scan_button.isEnabled() and not view.scan_note.isVisible()


def test_a_camera_that_fails_says_so_and_the_form_comes_back(qtbot, logged_in):
    main = logged_in
    main.set_language("en")
    view = open_enrollment(qtbot, main)
    view.server.setText(SERVER_URL)
    view.code.setText("K7Q2")
    cameras = StillCameras([], fail="Camera is in use by another application")
    view.cameras = cameras
    view._camera_state()
    qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "camera could not be started" in view.scanner.message.text(), timeout=WAIT_MS)
    assert view.scanner.message.toolTip() == "Camera is in use by another application"
    qtbot.mouseClick(view.scanner.stop_button, Qt.MouseButton.LeftButton)
    assert view.form_card.isVisible() and not view.scanner.isVisible() and not cameras.running
    assert (view.server.text(), view.code.text()) == (SERVER_URL, "K7Q2")  # what was typed stays


def test_the_camera_goes_off_when_the_agent_leaves_and_frames_are_decoded_off_the_ui_thread(
        qtbot, logged_in, tmp_path, monkeypatch):
    decoded_on: list[int] = []

    def recording(picture):  # noqa: ANN001, ANN202
        decoded_on.append(threading.get_ident())
        return qr_texts(picture)
    monkeypatch.setattr(qr_scan, "qr_texts", recording)
    main = logged_in
    blank = qimage(Image.new("RGB", (640, 480), "white"))
    cameras = StillCameras([blank], every_ms=10)
    view = open_enrollment(qtbot, main)
    view.cameras = cameras
    view._camera_state()
    qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cameras.emitted >= 100, timeout=WAIT_MS)  # a second or more of video
    assert decoded_on and threading.get_ident() not in decoded_on
    assert len(decoded_on) <= cameras.emitted // 10  # a few pictures a second, not every frame
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # Escape closes the camera first, not the screen
    assert not cameras.running and main.current_view() is view and view.form_card.isVisible()
    qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    assert cameras.running
    main.navigate("home")
    assert not cameras.running  # never left on behind another screen


def test_photo_like_pictures_of_the_qr_png_decode(tmp_path):
    png = tmp_path / "enroll.png"
    write_enrollment_qr("K7Q2M9XD", SERVER_URL, png)
    expected = json.dumps({"server": SERVER_URL, "code": "K7Q2M9XD"}, separators=(",", ":"))
    for angle, scale, seed in ((0, 1.0, 1), (17, 0.45, 2), (-31, 0.5, 3), (90, 0.4, 4), (183, 0.5, 5)):
        picture = grey_picture(qimage(photo_like(png, angle=angle, scale=scale, seed=seed)))
        assert qr_texts(picture) == [expected], (angle, scale)
    big = qimage(photo_like(png).resize((3840, 2880)))  # a 4K frame is read at 1280 px
    assert grey_picture(big).size == (1280, 960) and qr_texts(grey_picture(big)) == [expected]


class GoneCamera:
    """A camera listed when the screen opened and unplugged since: the real QtMultimedia source."""

    def available(self) -> bool:
        return True

    def open(self, parent=None):  # noqa: ANN001, ANN201
        return CameraFrameSource(parent)


def test_the_real_camera_source_says_so_when_there_is_no_camera(qtbot, logged_in):
    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera: the failure path needs none")
    main = logged_in
    main.set_language("en")
    view = open_enrollment(qtbot, main)
    view.cameras = GoneCamera()
    view._camera_state()
    qtbot.mouseClick(view.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "camera could not be started" in view.scanner.message.text(), timeout=WAIT_MS)
    qtbot.mouseClick(view.scanner.stop_button, Qt.MouseButton.LeftButton)
    assert view.form_card.isVisible() and view.scan_button.hasFocus()


def test_without_the_multimedia_libraries_the_agent_still_enrolls_by_typing(qtbot, logged_in, monkeypatch):
    """A machine missing QtMultimedia's system libraries: the screen opens, says there is no camera,
    and the code can still be typed."""
    import sys

    from desktop.camera import QtCameras

    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # its import now fails
    main = logged_in
    view = open_enrollment(qtbot, main)
    view.cameras = QtCameras()
    view._camera_state()
    assert not view.scan_button.isEnabled() and view.scan_note.isVisible()
    view.server.setText("https://recettes.kananga.example")
    qtbot.keyClicks(view.code, "K7Q2M9XD")
    assert view.submit_button.isEnabled()
