"""A census draft or submission survives SIGKILL at any moment: a draft whose save returned is
kept with its answers, a submission whose submit returned is kept and its draft is gone, and a
draft is never both kept and submitted. Losing the -wal and -shm side files after a committed
submit loses nothing either."""
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from core.service import Ledger
from tests.conftest import make_ledger
from tests.fixtures.forms.make_forms import write

KILLS = 25
ROOT = Path(__file__).resolve().parents[2]


def _device_with_form(tmp_path: Path) -> Path:
    db = tmp_path / "device.db"
    form = write("crash", {"survey": [["type", "name", "label"], ["text", "name", "Name"], ["integer", "age", "Age"]],
                           "settings": [["form_id", "version"], ["crash", "1"]]}, tmp_path)
    ledger = make_ledger(db)
    ledger.import_form(form)
    ledger.close()
    return db


def _run_and_kill(db: Path, rng: random.Random) -> list[list[str]]:
    process = subprocess.Popen([sys.executable, "-m", "tests.integration.census_crash_worker", str(db)],
                               cwd=ROOT, stdout=subprocess.PIPE, text=True, bufsize=1)
    assert process.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.15))
    os.kill(process.pid, signal.SIGKILL)
    output, _ = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    return [line.split() for line in output.split("\n")[:-1] if line]  # a cut line was never acknowledged


def _assert_kept(db: Path, steps: list[list[str]]) -> None:
    ledger = Ledger.open(db)
    conn = ledger.store.conn
    drafts = {row[0]: row[1] for row in conn.execute("SELECT id, answers FROM form_drafts")}
    submitted = {row[0] for row in conn.execute("SELECT id FROM submissions")}
    saved = {step[1]: step[2] for step in steps if step[0] == "saved"}
    done = {step[1]: step[2] for step in steps if step[0] == "submitted"}
    assert saved and done, "the worker never got to save and submit"
    for draft, submission in done.items():
        assert submission in submitted, f"submission {submission} acknowledged but lost"
        assert draft not in drafts, f"draft {draft} both submitted and still waiting"
    rows = ledger.submissions("crash")
    submitted_names = [row.answers["name"] for row in rows]
    assert len(submitted_names) == len(set(submitted_names)), "a draft was submitted twice"
    for draft, n in saved.items():
        if draft not in done:  # kept as a draft, or submitted by a submit the kill cut before it said so
            kept = draft in drafts and f"Kabila {draft}" in drafts[draft]
            assert kept != (f"Kabila {draft}" in submitted_names), f"draft {draft}: lost, or both kept and submitted"
    report = ledger.verify()
    assert report.ok, report.first_problem
    ledger.close()


def test_sigkill_never_loses_a_saved_draft_or_a_submission(tmp_path):
    db = _device_with_form(tmp_path)
    rng = random.Random(20261130)
    steps: list[list[str]] = []
    for _ in range(KILLS):
        steps.extend(_run_and_kill(db, rng))
    _assert_kept(db, steps)


def test_side_files_deleted_after_a_committed_submit_lose_nothing(tmp_path):
    db = _device_with_form(tmp_path)
    ledger = Ledger.open(db)
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    steps = []
    for n in (1, 2):
        draft = ledger.start_draft("crash")
        ledger.save_draft(draft, {"name": f"Kabila {draft}", "age": str(n)})
        steps.append(["saved", draft, str(n)])
        steps.append(["submitted", draft, ledger.submit_draft(draft), str(n)])
    draft = ledger.start_draft("crash")
    ledger.save_draft(draft, {"name": f"Kabila {draft}", "age": "3"})
    steps.append(["saved", draft, "3"])
    # The process dies without closing (no checkpoint), then a cleaning tool removes the side files.
    Path(f"{db}-wal").unlink(missing_ok=True)
    Path(f"{db}-shm").unlink(missing_ok=True)
    _assert_kept(db, steps)
