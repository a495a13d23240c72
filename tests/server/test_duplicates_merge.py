"""Probable duplicates: one shopkeeper registered and paid on two devices, found, merged by a
supervisor with both payments kept and listed under the kept taxpayer; the merged one reaches
the devices as merged. A pair that is not one is dismissed and no longer proposed."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from core.errors import QuittanceError
from core.registry import Location
from sync.server import registry, server_settings
from sync.server.cli import main
from sync.server.export import request_from, run
from sync.server.db import reading
from sync.server.schema import duplicate_dismissals, receipts, taxpayer_merges
from tests.readme_blocks import command_lines, readme_block, run_lines
from tests.server.export_support import read_csv
from tests.server.registry_support import CONFLICTED, OTHER_PAIR, PAIR, seed_decisions
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.test_cli import BIN, ROOT, _env
from tests.sync_e2e.support import IN_PROCESS_URL, enrolled_device, in_process, sync

MARKET = (-5.8962134, 22.4171)
PREMISES = [{"kind": "business_premises", "reference": "BP-KAB"}]


def _synced(device, transport) -> None:  # noqa: ANN001
    result = sync(device, transport)
    assert result.ok and result.quarantined == [], (result.refused, result.error, result.quarantined)


def _at(east_m: float) -> Location:
    return Location(MARKET[0], MARKET[1] + east_m / 111_000, 8.5, "gps")


def _pay(device, taxpayer_id: str, amount: int):  # noqa: ANN001, ANN202
    if device.current_session_id() is None:
        device.open_session(0)
    return device.pay(taxpayer_id=taxpayer_id, tax_code="PAT", period=str(device.today().year), amount=amount,
                      method="cash")


@pytest.fixture
def field(server, tmp_path):  # noqa: ANN001, ANN201
    """Two devices of one agent. The same shopkeeper registered on each (the same phone, her name
    typed two ways), with her shop, and paid on each; Odette registered on each 40 m apart with
    different phones; another Odette 500 m away; Mbuyi and Mutombo share an ID number."""
    transport = in_process(server)
    a = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    b = enrolled_device(tmp_path / "t08.db", server, IN_PROCESS_URL, transport, code="T08")
    ids = {
        "kept": a.register_taxpayer(name="Kabasélé Ngoyi Françoise", zone="KAT", phone="+243812345678",
                                    location=_at(0), objects=PREMISES),
        "odette": a.register_taxpayer(name="Tshibangu Mwamba Odette", zone="KAT", phone="+243899000111",
                                      location=_at(0)),
        "mbuyi": a.register_taxpayer(name="Mbuyi Kalala", zone="KAT", id_number="0412-88-2231"),
    }
    first = _pay(a, ids["kept"], 500_000)
    ids |= {
        "merged": b.register_taxpayer(name="KABASELE Ngoyi Francoise", zone="KAT", phone="0812345678",
                                      location=_at(30), objects=PREMISES),
        "odette2": b.register_taxpayer(name="Odette Tshibangu-Mwamba", zone="KAT", phone="+243899000222",
                                       location=_at(40)),
        "far": b.register_taxpayer(name="Tshibangu Mwamba Odette", zone="KAT", location=_at(500)),
        "mutombo": b.register_taxpayer(name="Mutombo Ilunga", zone="KAT", id_number="0412 88 2231"),
    }
    second = _pay(b, ids["merged"], 300_000)
    _synced(a, transport)
    _synced(b, transport)
    return {"transport": transport, "a": a, "b": b, "ids": ids, "receipts": (first.receipt_no, second.receipt_no)}


def _pairs(server, headers) -> dict[frozenset, dict]:  # noqa: ANN001
    answer = server.client.get("/api/v1/supervisor/duplicates", headers=headers)
    assert answer.status_code == 200, answer.text
    return {frozenset((p["a"]["id"], p["b"]["id"])): p for p in answer.json()["pairs"]}


def test_a_duplicate_from_two_devices_is_merged_with_both_payments_kept(server, field, tmp_path):
    ids, a, b, transport = field["ids"], field["a"], field["b"], field["transport"]
    headers = {"Authorization": f"Bearer {supervisor_token(server)}"}
    pairs = _pairs(server, headers)
    pair = pairs[frozenset((ids["kept"], ids["merged"]))]
    assert pair["reasons"] == ["phone", "name_nearby"] and pair["distance_m"] == 30
    assert {pair["a"]["receipts"], pair["b"]["receipts"]} == {1} and {pair["a"]["paid"], pair["b"]["paid"]} == \
        {500_000, 300_000}
    assert pairs[frozenset((ids["odette"], ids["odette2"]))]["reasons"] == ["name_nearby"]
    assert pairs[frozenset((ids["mbuyi"], ids["mutombo"]))]["reasons"] == ["id_number"]
    assert not any(ids["far"] in key for key in pairs)  # 500 m away: beyond the 100 m setting

    refused = server.client.post("/api/v1/supervisor/duplicates/merge", headers=headers,
                                 json={"keep": ids["kept"], "merge": ids["merged"], "reason": ""})
    assert refused.status_code == 400 and "reason" in refused.json()["error"]["message"]
    answer = server.client.post("/api/v1/supervisor/duplicates/merge", headers=headers,
                                json={"keep": ids["kept"], "merge": ids["merged"],
                                      "reason": "Same shop, same phone: registered again on T08"})
    assert answer.status_code == 200, answer.text
    [merge] = server.rows(taxpayer_merges)
    assert (merge["merged_id"], merge["kept_id"], merge["decided_by"]) == (ids["merged"], ids["kept"], SUPERVISOR)
    for body, words in (({"keep": ids["kept"], "merge": ids["merged"]}, "merged into"),
                        ({"keep": ids["merged"], "merge": ids["odette"]}, f"keep {ids['kept']} instead")):
        again = server.client.post("/api/v1/supervisor/duplicates/merge", headers=headers, json={**body, "reason": "x"})
        assert again.status_code == 409 and words in again.json()["error"]["message"]
    assert frozenset((ids["kept"], ids["merged"])) not in _pairs(server, headers)

    # Both payments are kept, with the taxpayer id they were recorded with ...
    assert {r["taxpayer_id"] for r in server.rows(receipts)} == {ids["kept"], ids["merged"]}
    # ... and every export lists them under the kept taxpayer.
    payments = tmp_path / "payments.csv"
    run(server.engine, request_from("payments", "csv", str(payments), zone="KAT"))
    listed = {r["receipt_no"]: r for r in read_csv(payments)}
    assert set(listed) == set(field["receipts"])
    assert {r["taxpayer_id"] for r in listed.values()} == {ids["kept"]}
    assert {r["taxpayer_name"] for r in listed.values()} == {"Kabasélé Ngoyi Françoise"}
    assert listed[field["receipts"][1]]["receipt_taxpayer_id"] == ids["merged"]
    standing = tmp_path / "taxpayers.csv"
    run(server.engine, request_from("taxpayers", "csv", str(standing)))
    rows = {r["id"]: r for r in read_csv(standing)}
    kept, gone = rows[ids["kept"]], rows[ids["merged"]]
    # One shop registered twice is one debt: PAT assessed once, both payments count against it.
    assert (kept["assessed_minor"], kept["paid_minor"], kept["due_minor"], kept["payment_status"]) == \
        ("2000000", "800000", "1200000", "partly_paid")
    assert (gone["payment_status"], gone["paid_minor"], gone["registry_status"], gone["merged_into"]) == \
        ("never_assessed", "0", "inactive", ids["kept"])
    geojson = tmp_path / "taxpayers.geojson"
    run(server.engine, request_from("taxpayers", "geojson", str(geojson)))
    features = {f["properties"]["id"]: f["properties"] for f in json.loads(geojson.read_text())["features"]}
    assert features[ids["kept"]]["paid"] == 800_000 and features[ids["kept"]]["merged_into"] is None
    assert features[ids["merged"]]["merged_into"] == ids["kept"] and features[ids["merged"]]["active"] is False

    # The devices receive the merged taxpayer as merged: no new payment for it; the kept one takes them.
    _synced(b, transport)
    with pytest.raises(QuittanceError) as refusal:
        _pay(b, ids["merged"], 100_000)
    assert refusal.value.code == "taxpayer_merged"
    assert "merged into Kabasélé Ngoyi Françoise" in str(refusal.value)  # the agent is sent to the kept one
    card = b.reads.taxpayer_card(ids["merged"]).taxpayer
    assert card["status"] == "inactive"
    with pytest.raises(QuittanceError) as refusal:  # reactivating the merged one is no way round it
        b.update_taxpayer(ids["merged"], {"status": "active"}, card["version"])
    assert refusal.value.code == "taxpayer_merged"
    _pay(b, ids["kept"], 100_000)
    _synced(b, transport)
    run(server.engine, request_from("taxpayers", "csv", str(standing)))
    assert {r["id"]: r for r in read_csv(standing)}[ids["kept"]]["paid_minor"] == "900000"
    assert b.verify().ok  # the merge is server data: the device's own records are untouched

    with pytest.raises(DBAPIError, match="immutable"):
        with server.engine.begin() as conn:
            conn.execute(text("DELETE FROM taxpayer_merges"))


def test_a_pair_that_is_not_one_is_dismissed_and_the_distance_is_a_setting(server, field, capsys):
    ids = field["ids"]
    supervisor_token(server)  # the account --by names
    base = ["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url]
    assert main([*base, "duplicates", "list"]) == 0
    listing = capsys.readouterr().out
    assert "id_number:" in listing and "Mutombo Ilunga" in listing and "phone, name_nearby (30 m):" in listing

    dismiss = [*base, "duplicates", "dismiss", ids["mbuyi"], ids["mutombo"], "--reason",
               "Two people: the ID number was mistyped on T08", "--by", SUPERVISOR]
    assert main(dismiss) == 0
    assert "no longer proposed" in capsys.readouterr().out
    assert main(dismiss) == 2
    assert "dismissed already" in capsys.readouterr().err
    assert main([*base, "duplicates", "list", "--json"]) == 0
    pairs = {frozenset((p["a"]["id"], p["b"]["id"])) for p in json.loads(capsys.readouterr().out)["pairs"]}
    assert frozenset((ids["mbuyi"], ids["mutombo"])) not in pairs

    with server.engine.begin() as conn:
        server_settings.put(conn, "duplicates.distance_m", "600", by=SUPERVISOR)
    assert main([*base, "duplicates", "list", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["distance_m"] == 600
    assert any(ids["far"] in (p["a"]["id"], p["b"]["id"]) for p in found["pairs"])

    merge = [*base, "duplicates", "merge", "--keep", ids["odette"], "--merge", ids["odette2"], "--reason",
             "Same woman, two phones"]
    assert main([*merge, "--by", "Nobody"]) == 2
    assert "no active supervisor" in capsys.readouterr().err
    assert main([*merge, "--by", SUPERVISOR]) == 0
    assert f"Merged {ids['odette2']} into {ids['odette']}" in capsys.readouterr().out
    assert main([*base, "duplicates", "merge", "--keep", ids["odette"], "--merge", "no-such-id", "--reason", "x",
                 "--by", SUPERVISOR]) == 2
    assert "no taxpayer no-such-id" in capsys.readouterr().err


def test_the_readme_registry_commands_work_as_written(server, tmp_path, database_url):
    seed_decisions(server, tmp_path)
    supervisor_token(server)  # the account the lines name
    env = _env(tmp_path, database_url)
    launcher = ".venv/bin/quittance-server" if (ROOT / ".venv/bin/quittance-server").exists() else str(BIN)
    lines = command_lines(readme_block("quittance-server conflicts resolve"))
    outputs = run_lines([line.replace(".venv/bin/quittance-server", launcher) for line in lines], ROOT, env)
    listed, resolved, pairs, merged, dismissed = outputs
    assert CONFLICTED in listed and "+243822222222" in listed and "T08" in listed
    assert "phone='+243811111111'" in resolved and "address='Katoka, rue 12'" in resolved
    assert PAIR[0] in pairs and OTHER_PAIR[1] in pairs and "phone:" in pairs
    assert f"Merged {PAIR[1]} into {PAIR[0]}" in merged
    assert json.loads(dismissed)["decided_by"] == SUPERVISOR
    with reading(server.engine) as conn:
        current = json.loads(registry.get_taxpayer(conn, CONFLICTED)["data"])
    assert (current["phone"], current["address"]) == ("+243811111111", "Katoka, rue 12")
    assert [(r["merged_id"], r["kept_id"]) for r in server.rows(taxpayer_merges)] == [(PAIR[1], PAIR[0])]
    assert [(r["a_id"], r["b_id"], r["reason"]) for r in server.rows(duplicate_dismissals)] == \
        [(*OTHER_PAIR, "Brothers sharing one phone")]
