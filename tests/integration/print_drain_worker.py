"""Drains a device's print queue as the app's print lane does (desktop/print_queue.py sends each
queued receipt through PrinterGateway.print_original, oldest first) and reports each receipt once
its copy is recorded.

Run by test_print_queue_kill, which kills this process with SIGKILL in the middle of the drain."""
import sys

from tests.device_sqlite import open_ledger
from desktop.printer_gateway import PrinterGateway


def main(db_path: str) -> None:
    ledger = open_ledger(db_path)  # the device is encrypted: its key from the envelope
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    gateway = PrinterGateway(ledger)
    print("ready", flush=True)
    while queue := gateway.print_queue():
        receipt_no = queue[0].receipt_no
        outcome = gateway.print_original(receipt_no)
        if not outcome.ok:
            print(f"failed {receipt_no} {outcome.message}", flush=True)
            sys.exit(1)
        print(f"{receipt_no} {outcome.copy}", flush=True)
    print("drained", flush=True)
    ledger.close()


if __name__ == "__main__":
    main(sys.argv[1])
