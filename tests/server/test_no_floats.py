"""Signed JSON carries no float: what the server sends in a pull page never holds one."""
from __future__ import annotations

import copy

import pytest

from sync.server import admin
from sync.server.reference import AdminError
from tests.server.support import TEST_CONFIG, Server, enrolled_device


def test_a_decimal_in_the_reference_data_is_refused_at_init(database_url, tmp_path):
    server = Server.start(tmp_path / "server-data", database_url, TEST_CONFIG)
    try:
        config = copy.deepcopy(TEST_CONFIG)
        config["tax_types"][0]["surface_factor"] = 1.5
        with pytest.raises(AdminError, match="decimal point"):
            with server.engine.begin() as conn:
                admin.reference.upsert_tax_type(conn, config["tax_types"][0])
        with pytest.raises(AdminError, match="decimal point"):
            with server.engine.begin() as conn:
                admin.reference.set_municipality(conn, {**config["municipality"], "receipt_line": 2.5})
    finally:
        server.close()


def test_a_bbox_given_as_numbers_travels_as_text_in_a_signed_page(database_url, tmp_path):
    config = copy.deepcopy(TEST_CONFIG)
    config["municipality"]["bbox"] = [-5.95, 22.35, -5.85, 22.5]
    server = Server.start(tmp_path / "server-data", database_url, config)
    try:
        _ledger, token = enrolled_device(tmp_path / "device.db", server)
        page = server.client.get("/api/v1/pull", headers={"Authorization": f"Bearer {token}"}).json()
        municipality = next(r for r in page["records"] if r["kind"] == "municipality")
        assert municipality["data"]["bbox"] == ["-5.95", "22.35", "-5.85", "22.5"]
    finally:
        server.close()
