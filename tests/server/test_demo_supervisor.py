"""`make server`'s demo init makes a supervisor whose name and password the README gives, so the
supervisor's side of `make run` can be reached from the quick start; a real municipality's init
(`--file`) makes none."""
from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from sync.server import supervisors
from sync.server.app import create_app
from sync.server.cli import DEMO_SUPERVISOR, DEMO_SUPERVISOR_PASSWORD, main
from sync.server.db import reading
from sync.server.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_init_makes_the_readmes_supervisor_once(tmp_path, capsys):
    data = tmp_path / "server-data"
    assert main(["--data", str(data), "init", "--if-needed"]) in (0, None)
    assert main(["--data", str(data), "init", "--if-needed"]) in (0, None)  # make server, twice
    app = create_app(load_settings(data_dir=data))
    with reading(app.state.engine) as conn:
        assert [row["name"] for row in supervisors.list_supervisors(conn)] == ["Kalala Mwamba"]
    with TestClient(app) as client:
        answer = client.post("/api/v1/supervisor/login", json={"name": DEMO_SUPERVISOR,
                                                               "password": DEMO_SUPERVISOR_PASSWORD})
        assert answer.status_code == 200 and answer.json()["role"] == "supervisor"
        assert client.get("/api/v1/supervisor/dashboard", headers={
            "Authorization": f"Bearer {answer.json()['token']}"}).status_code == 200
    app.state.engine.dispose()


def test_a_municipalitys_own_file_makes_no_supervisor(tmp_path):
    data = tmp_path / "server-data"
    assert main(["--data", str(data), "init", "--file", str(ROOT / "resources/server/demo-kananga.json")]) in (0, None)
    app = create_app(load_settings(data_dir=data))
    with reading(app.state.engine) as conn:
        assert supervisors.list_supervisors(conn) == []
    app.state.engine.dispose()
