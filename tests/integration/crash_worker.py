"""Records payments in a loop and reports each receipt number once its commit returned.

Run by test_crash_safety, which kills this process with SIGKILL at random moments."""
import sys

from tests.device_sqlite import open_ledger


def main(db_path: str, taxpayer_id: str) -> None:
    ledger = open_ledger(db_path)  # the device is encrypted: its key from the envelope
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    print("ready", flush=True)
    while True:
        payment = ledger.pay(taxpayer_id=taxpayer_id, tax_code="PAT", period="2026", amount=100, method="cash",
                             advance=True)
        print(payment.receipt_no, flush=True)  # acknowledged: the agent would now print the receipt


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
