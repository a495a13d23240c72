from datetime import timedelta

from core.auth import login


def agent_id(ledger, name="Ilunga Kabeya"):
    return ledger.find_agent(name).id


def test_right_pin_logs_in_and_pins_are_not_stored_in_clear(ledger):
    assert login(ledger, agent_id(ledger), "1234").ok
    hashes = [r[0] for r in ledger.store.conn.execute("SELECT pin_hash FROM agents")]
    assert all(h.startswith("scrypt$") and "1234" not in h for h in hashes)


def test_five_wrong_tries_lock_for_five_minutes_even_with_the_right_pin(ledger, clock):
    agent = agent_id(ledger)
    results = [login(ledger, agent, "0000") for _ in range(5)]
    assert [r.tries_left for r in results] == [4, 3, 2, 1, 0]
    assert results[-1].locked_until
    assert not login(ledger, agent, "1234").ok
    clock.moment += timedelta(minutes=4, seconds=59)
    assert not login(ledger, agent, "1234").ok
    clock.moment += timedelta(seconds=2)
    assert login(ledger, agent, "1234").ok


def test_lockout_survives_a_restart(ledger, clock, tmp_path):
    agent = agent_id(ledger)
    for _ in range(5):
        login(ledger, agent, "0000")
    from core.service import Ledger
    reopened = Ledger.open(ledger.store.path, clock=clock)
    assert not login(reopened, agent, "1234").ok


def test_one_agents_lockout_does_not_lock_another(ledger):
    for _ in range(5):
        login(ledger, agent_id(ledger), "0000")
    assert login(ledger, agent_id(ledger, "Mbuyi Tshala"), "5678").ok
