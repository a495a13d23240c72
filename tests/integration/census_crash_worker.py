"""Starts, saves and submits census drafts in a loop, reporting each step once it returned.

Run by test_census_crash_safety, which kills this process with SIGKILL at random moments."""
import sys

from tests.device_sqlite import open_ledger


def main(db_path: str) -> None:
    ledger = open_ledger(db_path)  # the device is encrypted: its key from the envelope
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        draft = ledger.start_draft("crash")
        ledger.save_draft(draft, {"name": f"Kabila {draft}", "age": str(n)})
        print(f"saved {draft} {n}", flush=True)  # acknowledged: the screen would now say it is kept
        if n % 3:  # every third draft is left waiting, as an agent leaves one mid-form
            submission = ledger.submit_draft(draft)
            print(f"submitted {draft} {submission} {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
