"""At the close of a cash session the app offers a backup to a memory stick: one tap writes it
off the UI thread with progress, "Not now" skips. A temporary folder stands in as the root the
sticks are mounted under (the same `roots` the system's /media/$USER is read through)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from core import backup_copy, vault
from core.config import load_device
from core.verify import verify_store
from tests.ui.conftest import WAIT_MS, answer_next_dialog


def _close_session(qtbot, main, with_session: str, media: Path):  # noqa: ANN001, ANN202
    main.ctx.removable_roots = [media]
    main.navigate("session")
    session = main.session
    qtbot.waitUntil(lambda: session.session_id == with_session, timeout=WAIT_MS)
    answer_next_dialog(qtbot, lambda dialog: dialog.accept())
    qtbot.mouseClick(session.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.backup_offer is not None and session.backup_offer.isVisible(), timeout=WAIT_MS)
    return session.backup_offer


def test_one_tap_writes_a_verified_backup_to_the_stick(qtbot, logged_in, demo_ledger, with_session, tmp_path):
    media = tmp_path / "media"
    (media / "CLE_USB").mkdir(parents=True)
    offer = _close_session(qtbot, logged_in, with_session, media)
    assert offer.windowTitle() == "Sauvegarder cet appareil" and "clé USB" in offer.body.text()
    qtbot.waitUntil(lambda: offer.volume_button("CLE_USB") is not None, timeout=WAIT_MS)
    choice = offer.volume_button("CLE_USB")
    assert choice.text().startswith("Sauvegarder sur CLE_USB (") and "Go libres" in choice.text()
    seen: list[int] = []
    offer.progress.valueChanged.connect(seen.append)

    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    assert offer.writing and not choice.isEnabled()  # the tap returned at once: the copy runs off the UI thread
    qtbot.waitUntil(lambda: offer.backup is not None, timeout=WAIT_MS)
    assert seen and seen[-1] == 100
    assert "Sauvegarde écrite et vérifiée" in offer.notice.text() and offer.skip_button.text() == "Fermer"
    written = list((media / "CLE_USB").glob("quittance-*.db"))
    assert written == [offer.backup.path]
    code = demo_ledger.device.code
    assert written[0].name.startswith(f"quittance-{code}-")

    assert vault.is_encrypted(written[0])  # the stick carries the device's data encrypted, same key
    conn = backup_copy.connect(written[0], demo_ledger.store.key, read_only=True)
    try:
        device = load_device(conn)
        report = verify_store(conn, device.private_key, identity=(device.id, device.code))
        assert report.ok and report.last_seq == offer.backup.head.seq
        closed = conn.execute("SELECT count(*) FROM cash_session_closings WHERE session_id = ?",
                              (with_session,)).fetchone()[0]
        assert closed == 1  # the copy holds the session just closed
    finally:
        conn.close()
    qtbot.mouseClick(offer.skip_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()


def test_a_stick_plugged_in_later_appears_and_not_now_skips(qtbot, logged_in, with_session, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    offer = _close_session(qtbot, logged_in, with_session, media)
    qtbot.waitUntil(lambda: offer.empty.isVisible(), timeout=WAIT_MS)
    assert "Aucune clé USB" in offer.empty.text() and offer.skip_button.text() == "Pas maintenant"
    (media / "KINGSTON").mkdir()  # plugged in while the dialog is up
    qtbot.waitUntil(lambda: offer.volume_button("KINGSTON") is not None, timeout=WAIT_MS)
    assert not offer.empty.isVisible()
    qtbot.mouseClick(offer.skip_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    assert list((media / "KINGSTON").iterdir()) == []  # skipped: nothing written


def test_a_full_stick_is_said_in_the_agents_language_and_another_can_be_tried(qtbot, logged_in, with_session,
                                                                              tmp_path):
    from tests.integration.test_storage_faults import tmpfs

    media = tmp_path / "media"
    media.mkdir()
    logged_in.set_language("en")
    with tmpfs(media / "TINY", "64k"):
        offer = _close_session(qtbot, logged_in, with_session, media)
        qtbot.waitUntil(lambda: offer.volume_button("TINY") is not None, timeout=WAIT_MS)
        qtbot.mouseClick(offer.volume_button("TINY"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not offer.writing and offer.notice.isVisible(), timeout=WAIT_MS)
        assert offer.backup is None and offer.notice.kind == "error"
        assert offer.notice.text().startswith("Not enough space in") and "nothing was written" in offer.notice.text()
        assert list((media / "TINY").iterdir()) == []
        assert offer.volume_button("TINY").isEnabled() and offer.skip_button.text() == "Not now"
        (media / "BIG").mkdir()
        offer.scan()
        qtbot.waitUntil(lambda: offer.volume_button("BIG") is not None, timeout=WAIT_MS)
        qtbot.mouseClick(offer.volume_button("BIG"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: offer.backup is not None, timeout=WAIT_MS)
        assert offer.notice.kind == "success" and "Backup written and verified" in offer.notice.text()
        offer.reject()
