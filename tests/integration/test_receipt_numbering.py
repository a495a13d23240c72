"""Receipt numbers stay gap-free and unique when several writers pay at once (invariant 5)."""
import multiprocessing
import threading

from core.service import Ledger  # noqa: F401
from tests.device_sqlite import open_ledger
from tests.conftest import add_assessed_taxpayer, assert_gap_free, make_ledger


def _pay_many(db_path: str, taxpayer_id: str, count: int, out) -> None:
    ledger = open_ledger(db_path)  # the device is encrypted: its key from the envelope
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    numbers = [ledger.pay(taxpayer_id=taxpayer_id, tax_code="PAT", period="2026", amount=100, method="cash",
                          advance=True).receipt_no for _ in range(count)]
    ledger.close()
    out.put(numbers)


def test_concurrent_processes_never_share_or_skip_a_number(tmp_path):
    db = tmp_path / "device.db"
    ledger = make_ledger(db)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    ledger.close()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    workers = [ctx.Process(target=_pay_many, args=(str(db), taxpayer, 40, queue)) for _ in range(4)]
    for w in workers:
        w.start()
    numbers = [n for _ in workers for n in queue.get(timeout=120)]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    assert_gap_free(numbers, 160)
    assert Ledger.open(db).verify().ok


def test_concurrent_threads_share_one_ledger_safely(tmp_path):
    ledger = make_ledger(tmp_path / "device.db")
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    numbers: list[str] = []
    lock = threading.Lock()

    def work():
        for _ in range(30):
            number = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash",
                                advance=True).receipt_no
            with lock:
                numbers.append(number)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert_gap_free(numbers, 120)
    assert ledger.verify().ok
