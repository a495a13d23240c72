"""An agent pulled from the server gets their wrapped key at their first login on the device: their
PIN is checked against the server's hash while the database is open (the open wrap of a new
device, or a colleague's session), and from then on they unlock the device alone."""
from __future__ import annotations

import pytest

from core import unlocked, vault
from core.auth import login
from core.errors import QuittanceError
from core.service import Ledger
from tests.vault.conftest import fresh_device


def test_pulled_agents_get_their_key_at_first_login(tmp_path, server, keystore):
    path = tmp_path / "device.db"
    ledger, key = fresh_device(path, server)
    ilunga, mbuyi = server.agent_id("Ilunga Kabeya"), server.agent_id("Mbuyi Tshala")
    try:
        assert vault.agents_listed(path) == []  # nobody has a key yet: the open wrap serves
        assert not login(ledger, ilunga, "9999").ok  # a wrong PIN against the server's hash
        assert login(ledger, ilunga, "1234").ok
        assert vault.agents_listed(path) == [(ilunga, "Ilunga Kabeya")]
    finally:
        ledger.close()
    unlocked.forget(path)  # the app restarts
    assert vault.key_without_asking(path) is None  # the open wrap went with the first PIN
    assert vault.unlock_with_pin(path, ilunga, "1234") == key
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, mbuyi, "5678")  # Mbuyi never logged in here
    assert refused.value.code == "vault_no_wrap"
    assert "collègue" in refused.value.message("fr")
    ledger = Ledger.open(path)  # Ilunga's session has the database open: Mbuyi logs in once
    try:
        assert login(ledger, mbuyi, "5678").ok
    finally:
        ledger.close()
    unlocked.forget(path)
    assert vault.unlock_with_pin(path, mbuyi, "5678") == key
    assert sorted(vault.agents_listed(path)) == sorted([(ilunga, "Ilunga Kabeya"), (mbuyi, "Mbuyi Tshala")])


def test_a_pin_the_server_sets_later_replaces_the_old_one_at_next_login(tmp_path, server, keystore):
    from sync.server.reference import hash_pin
    from sync.server.schema import agents
    from tests.sync_e2e.support import in_process, sync

    path = tmp_path / "device.db"
    ledger, key = fresh_device(path, server)
    ilunga = server.agent_id("Ilunga Kabeya")
    try:
        assert login(ledger, ilunga, "1234").ok
        with server.engine.begin() as conn:  # the supervisor resets Ilunga's PIN on the server
            from sync.server.changelog import record_change
            from sync.server.reference import agent_record

            version = conn.execute(agents.select().where(agents.c.id == ilunga)).mappings().one()["version"] + 1
            conn.execute(agents.update().where(agents.c.id == ilunga).values(pin_hash=hash_pin("8642"),
                                                                             version=version))
            record_change(conn, "agent", ilunga, version, agent_record(conn, ilunga))
        sync(ledger, in_process(server))
        assert login(ledger, ilunga, "8642").ok
        assert not login(ledger, ilunga, "1234").ok
    finally:
        ledger.close()
    unlocked.forget(path)
    assert vault.unlock_with_pin(path, ilunga, "8642") == key
    with pytest.raises(QuittanceError):
        vault.unlock_with_pin(path, ilunga, "1234")
