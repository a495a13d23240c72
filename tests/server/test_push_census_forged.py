"""Census events a device should never send but a forged or buggy one may: an outline that
crosses itself or is no polygon, a submission whose answers are no object or whose geometry is not
JSON. Each is quarantined with a code (never a 500, never stored and offered to other devices),
on both push paths, on SQLite and PostgreSQL."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from core.events import append_event
from sync.server import push as push_module
from sync.server.db import reading
from sync.server.push_bulk import Fallback
from sync.server.schema import changes, quarantine, submissions, taxable_objects
from tests.server.census_support import record_submission
from tests.server.support import enrolled_device, push_all

SQUARE = [(22.4171, -5.8962), (22.41728, -5.8962), (22.41728, -5.89602), (22.4171, -5.89602)]
BOW_TIE = '{"type":"Polygon","coordinates":[[[22.41,-5.89],[22.42,-5.88],[22.42,-5.89],[22.41,-5.88],[22.41,-5.89]]]}'
FORGED = [BOW_TIE, "nope", '{"type":"Point","coordinates":[22.41,-5.89]}',
          '{"type":"Polygon","coordinates":[[[0,0],[1,1]]]}', '{"type":"Polygon","coordinates":[]}']


def _by_event(monkeypatch, path: str) -> None:  # noqa: ANN001
    if path == "each":
        def refuse(*_args, **_kwargs):  # noqa: ANN002, ANN003
            raise Fallback("test: event by event")
        monkeypatch.setattr(push_module, "apply_bulk", refuse)


def _forge(ledger, event_type: str, data: dict, entity_id: str) -> None:  # noqa: ANN001
    device = ledger.device
    with ledger.store.transaction() as conn:
        append_event(conn, event_type=event_type, data=data, device_id=device.id,
                     device_time="2026-11-20T09:15:00.000Z", signing_key=device.private_key,
                     agent_id=ledger.agent_id, entity_id=entity_id)


@pytest.mark.parametrize("path", ["bulk", "each"])
@pytest.mark.parametrize("geometry", FORGED)
def test_an_outline_that_is_no_simple_polygon_is_quarantined(server, tmp_path, monkeypatch, path, geometry):
    _by_event(monkeypatch, path)
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    taxpayer = ledger.register_taxpayer(name="Kabasélé Ngoyi", zone="KAT", objects=[
        {"kind": "business_premises", "reference": "BP-1", "geometry": SQUARE}])
    object_id = ledger.store.conn.execute("SELECT id FROM taxable_objects").fetchone()[0]
    from core.ids import id_text
    object_id = id_text(object_id)
    push_all(server, token, ledger)
    with reading(server.engine) as conn:
        before = conn.execute(select(taxable_objects.c.geometry)).scalar_one()
    _forge(ledger, "taxable_object.shaped", {"taxable_object_id": object_id, "taxpayer_id": taxpayer,
                                             "geometry": geometry, "area_m2": "1.0"}, object_id)
    answer = push_all(server, token, ledger)
    assert [q["code"] for q in answer["quarantined"]] == ["data_invalid"]
    with reading(server.engine) as conn:
        assert conn.execute(select(taxable_objects.c.geometry)).scalar_one() == before
        offered = [json.loads(r.data).get("geometry") for r in conn.execute(
            select(changes).where(changes.c.kind == "taxable_object"))]
        reasons = [r.reason for r in conn.execute(select(quarantine))]
    assert geometry not in offered
    assert "geometry" in reasons[0]


@pytest.mark.parametrize("path", ["bulk", "each"])
@pytest.mark.parametrize("bad", [{"answers": "a string"}, {"answers": 42}, {"geometry": "not json {"},
                                 {"geometry": 42}, {"geometry": BOW_TIE.replace("Polygon", "Nonsense")}])
def test_a_submission_that_is_not_a_census_is_quarantined(server, tmp_path, monkeypatch, path, bad):
    _by_event(monkeypatch, path)
    ledger, token = enrolled_device(tmp_path / "d.db", server)
    agent = server.agent_id("Ilunga Kabeya")
    good = record_submission(ledger, agent)
    record_submission(ledger, agent, **bad)
    answer = push_all(server, token, ledger)
    assert [q["code"] for q in answer["quarantined"]] == ["data_invalid"]
    assert [r["id"] for r in server.rows(submissions)] == [good]


def test_a_submission_of_a_form_version_the_server_never_saw_is_kept_and_its_export_says_why(server, tmp_path):
    """The agent's work is kept (the definition may be published later); the export names the
    version it lacks, with exit 2, rather than writing a CSV without its layout."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from sync.server import cli

    ledger, token = enrolled_device(tmp_path / "d.db", server)
    kept = record_submission(ledger, server.agent_id("Ilunga Kabeya"), form_id="ghost", version="9")
    assert push_all(server, token, ledger)["quarantined"] == []
    assert [r["id"] for r in server.rows(submissions)] == [kept]
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        code = cli.main(["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url,
                         "submissions", "export", "--form", "ghost", "--out", str(tmp_path / "x")])
    assert code == 2 and "form ghost version 9 is neither published on this server nor imported" in err.getvalue()
    assert not (tmp_path / "x" / "ghost.csv").exists()
