"""A registry with decisions waiting, seeded on a test server: a conflict on one taxpayer's
phone and address (two real devices edited both from the same server version) and two pairs of
taxpayers sharing a phone. The ids are fixed, so the README's commands can name them."""
from __future__ import annotations

from pathlib import Path

from sync.server import registry
from sync.server.common import now_iso
from tests.server.support import ZONE_IDS, Server, add_taxpayer_row, enrolled_device, push_all

CONFLICTED = "01938c00-0000-7000-8000-00000000c001"
PAIR = ("01938c00-0000-7000-8000-00000000d001", "01938c00-0000-7000-8000-00000000d002")
OTHER_PAIR = ("01938c00-0000-7000-8000-00000000d003", "01938c00-0000-7000-8000-00000000d004")


def seed_decisions(server: Server, tmp_path: Path) -> None:
    record = {"kind": "person", "name": "Kanku Mpoyi Rosalie", "phone": "+243810000001", "zone_id": ZONE_IDS["KAT"],
              "address": "Katoka, marché central", "status": "active"}
    people = ((PAIR, ("Mukendi Tshilombo Jean", "Mukendi Jean"), "+243899123456"),
              (OTHER_PAIR, ("Kalonji Mbuyi Paul", "Kalonji Mbuyi Pierre"), "+243899654321"))
    with server.engine.begin() as conn:
        registry.insert_taxpayer(conn, CONFLICTED, record, origin="server", at=now_iso())
        for ids, names, phone in people:
            for taxpayer_id, name in zip(ids, names):
                registry.insert_taxpayer(conn, taxpayer_id, {"kind": "person", "name": name, "phone": phone,
                                                             "zone_id": ZONE_IDS["KAT"], "status": "active"},
                                         origin="server", at=now_iso())
    for code, phone, address in (("T07", "+243811111111", "Katoka, avenue de la Mission"),
                                 ("T08", "+243822222222", "Katoka, rue 12")):
        device, token = enrolled_device(tmp_path / f"{code}.db", server, code=code)
        add_taxpayer_row(device, {**record, "id": CONFLICTED}, version=1)
        device.update_taxpayer(CONFLICTED, {"phone": phone, "address": address}, expected_version=1)
        push_all(server, token, device)
        device.close()
