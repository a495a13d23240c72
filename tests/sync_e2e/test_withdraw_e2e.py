"""The real client against the real server: a taxpayer moved out of a device's zones by another
device, or a zone taken from the device's agent, leaves that device at its next sync, without
losing anything recorded there."""
from __future__ import annotations

import pytest

from core.errors import QuittanceError
from core.events import last_seq
from sync.server import reference
from tests.server.support import ZONE_IDS, record_sale
from tests.sync_e2e.support import IN_PROCESS_URL, enrolled_device, in_process, sync


def _ids(device, text: str) -> list[str]:  # noqa: ANN001
    return [r.hit.taxpayer_id for r in device.reads.search(text)]


def _held(device, taxpayer_id: str) -> bool:  # noqa: ANN001
    return device.store.conn.execute("SELECT 1 FROM taxpayers WHERE id = ?", (taxpayer_id,)).fetchone() is not None


def _synced(device, transport) -> None:  # noqa: ANN001
    result = sync(device, transport)
    assert result.ok and result.quarantined == [], (result.refused, result.error, result.quarantined)


@pytest.fixture
def kasongo(server):  # noqa: ANN001, ANN201
    """An agent of KAT only."""
    with server.engine.begin() as conn:
        return reference.add_agent(conn, "Kasongo Nkulu", ["KAT"], "4321")


def test_a_taxpayer_moved_by_another_device_leaves_this_one_and_comes_back(server, kasongo, tmp_path):
    transport = in_process(server)
    mover = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)  # Ilunga: KAT and NDE
    kat_only = enrolled_device(tmp_path / "t09.db", server, IN_PROCESS_URL, transport, code="T09",
                               agent="Kasongo Nkulu")
    unpaid, _ = record_sale(mover, name="Kabasélé Ngoyi Françoise")  # paid on the other device only
    paid_here = mover.register_taxpayer(name="Tshibangu Mwamba Odette", zone="KAT", phone="+243899000111")
    _synced(mover, transport)
    _synced(kat_only, transport)
    assert _ids(kat_only, "Kabasélé") == [unpaid] and _ids(kat_only, "Tshibangu") == [paid_here]
    kat_only.open_session(0)
    receipt = kat_only.pay(taxpayer_id=paid_here, tax_code="PAT", period="2026", amount=100_000, method="cash",
                           advance=True)
    _synced(kat_only, transport)

    for taxpayer_id in (unpaid, paid_here):  # the other device moves both to NDE
        version = mover.reads.taxpayer_card(taxpayer_id).taxpayer["version"]
        mover.update_taxpayer(taxpayer_id, {"zone_id": "NDE"}, version)
    _synced(mover, transport)
    before = last_seq(kat_only.store.conn)
    _synced(kat_only, transport)

    assert last_seq(kat_only.store.conn) == before  # the withdrawal is the server's data: no device event
    assert not _held(kat_only, unpaid)  # nothing here referred to it: gone, with its shop
    assert _held(kat_only, paid_here)  # its receipt is here: kept
    assert _ids(kat_only, "Tshibangu") == [] and _ids(kat_only, "Kabasélé") == []
    assert _ids(kat_only, receipt.receipt_no) == [paid_here]
    card = kat_only.reads.taxpayer_card(paid_here)
    assert card.withdrawal_zone_name == "Ndesha" and [p.receipt_no for p in card.payments] == [receipt.receipt_no]
    with pytest.raises(QuittanceError) as refused:
        kat_only.pay(taxpayer_id=paid_here, tax_code="PAT", period="2026", amount=100_000, method="cash",
                     advance=True)
    assert refused.value.code == "taxpayer_withdrawn"
    assert kat_only.verify().ok
    assert _ids(mover, "Tshibangu") == [paid_here] and _ids(mover, "Kabasélé") == [unpaid]  # it covers both

    version = mover.reads.taxpayer_card(paid_here).taxpayer["version"]
    mover.update_taxpayer(paid_here, {"zone_id": "KAT"}, version)  # back home
    _synced(mover, transport)
    _synced(kat_only, transport)
    assert _ids(kat_only, "Tshibangu") == [paid_here]
    assert kat_only.reads.taxpayer_card(paid_here).withdrawal is None
    kat_only.pay(taxpayer_id=paid_here, tax_code="PAT", period="2026", amount=100_000, method="cash", advance=True)
    _synced(kat_only, transport)
    assert kat_only.verify().ok and mover.verify().ok


def test_a_zone_taken_from_the_agent_leaves_that_agents_device_only(server, kasongo, tmp_path):
    transport = in_process(server)
    other = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)  # Ilunga: KAT and NDE
    device = enrolled_device(tmp_path / "t09.db", server, IN_PROCESS_URL, transport, code="T09",
                             agent="Kasongo Nkulu")
    registered_here, _payment = record_sale(device, name="Mukendi Awa Pélagie")
    server_side, _ = record_sale(other, name="Kabasélé Ngoyi Françoise")
    _synced(device, transport)
    _synced(other, transport)
    _synced(device, transport)
    assert _ids(device, "Kabasélé") == [server_side]

    with server.engine.begin() as conn:  # the supervisor gives Kasongo LUK instead of KAT
        reference.set_agent_zones(conn, kasongo, [ZONE_IDS["LUK"]])
    _synced(device, transport)
    _synced(other, transport)

    assert not _held(device, server_side) and _held(device, registered_here)
    assert _ids(device, "Kabasélé") == [] and _ids(device, "Mukendi") == []
    card = device.reads.taxpayer_card(registered_here)
    assert (card.withdrawal.reason, card.withdrawal_zone_name) == ("zone", "Katoka")
    assert device.verify().ok
    assert _ids(other, "Kabasélé") == [server_side] and _ids(other, "Mukendi") == [registered_here]

    with server.engine.begin() as conn:  # given back: the zone's registry comes again
        reference.set_agent_zones(conn, kasongo, [ZONE_IDS["LUK"], ZONE_IDS["KAT"]])
    _synced(device, transport)
    assert _ids(device, "Kabasélé") == [server_side] and _ids(device, "Mukendi") == [registered_here]
    assert device.reads.taxpayer_card(registered_here).withdrawal is None
    assert [o.reference for o in device.reads.taxpayer_card(server_side).objects] == ["BP-Kab"]
    assert device.verify().ok
