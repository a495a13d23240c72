"""`quittance gui --screenshot DIR` saves every main screen, offscreen, without touching a real device."""
from __future__ import annotations

from PySide6.QtGui import QImage

from desktop.main import main


def test_gui_screenshot_saves_every_screen(tmp_path, capsys):
    out = tmp_path / "shots"
    assert main(["gui", "--screenshot", str(out)]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    for expected in ("01-login.png", "02-home.png", "03-search.png", "04-card.png", "05-payment.png",
                     "07-receipt.png", "08-register-capturing.png", "09-session.png", "10-z-report.png",
                     "11-sync.png", "12-settings.png"):
        assert expected in names
    image = QImage(str(out / "02-home.png"))
    assert (image.width(), image.height()) == (1280, 800)
    assert str(out / "01-login.png") in capsys.readouterr().out


def test_gui_refuses_an_uninitialised_device_without_creating_it(tmp_path, capsys):
    missing = tmp_path / "nowhere.db"
    assert main(["gui", "--db", str(missing)]) == 2
    assert not missing.exists()
    assert "quittance init" in capsys.readouterr().err


def test_demo_seeds_the_demo_device_and_opens_it_in_demo_mode(tmp_path, monkeypatch):
    import desktop.app
    from core.service import Ledger

    opened = {}
    monkeypatch.setattr(desktop.app, "run_gui", lambda path, demo=False, supervisor=False:
                        opened.update(path=path, demo=demo, supervisor=supervisor) or 0)
    db = tmp_path / ".demo" / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    assert opened == {"path": db, "demo": True, "supervisor": False}
    ledger = Ledger.open(db)
    try:
        assert ledger.store.conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == 5_000
        assert [a.name for a in ledger.agents()] == ["Ilunga Kabeya", "Mbuyi Tshala"]
        assert ledger.setting("demo") is True
        assert ledger.setting("gps")["source"] == "file"  # the demo replays the Kananga NMEA log
    finally:
        ledger.close()


def test_screenshots_refuse_a_database_they_would_not_use(tmp_path, capsys):
    """--screenshot works on its own demo device: a --db there, before or after, is refused, not ignored."""
    db, shots = tmp_path / "device.db", tmp_path / "shots"
    for argv in (["gui", "--screenshot", str(shots), "--db", str(db)],
                 ["--db", str(db), "gui", "--screenshot", str(shots)]):
        assert main(argv) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "--db" in err
    assert not db.exists() and not shots.exists()
