"""Background jobs reuse their thread's SQLite connection. Qt's pool threads enter Python under a
new thread state for each job; a connection kept in a `threading.local` was lost after every job,
so each search opened (and kept) one more connection, with a cold cache."""
from __future__ import annotations

from desktop.tasks import TaskRunner
from tests.ui.conftest import WAIT_MS


def test_jobs_on_the_pool_reuse_their_threads_connections(qtbot, demo_ledger):
    runner = TaskRunner(max_threads=2)
    answers: list[int] = []
    before = len(demo_ledger.store._all_connections)
    for text in ("ka", "kab", "kaba", "kabas", "mu", "muk", "muke", "mukendi", "t", "ts", "tsh", "tshi"):
        runner.submit(lambda text=text: demo_ledger.reads.search(text, 20), lambda found: answers.append(len(found)))
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)
    assert len(answers) == 12 and all(answers)
    # At most one new connection per pool thread, however many jobs ran.
    assert len(demo_ledger.store._all_connections) - before <= 2
    runner.wait_for_done()
