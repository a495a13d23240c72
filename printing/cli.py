"""The printing commands of `quittance`: receipt, print, printer test.

core/cli.py calls add_commands(); each handler gets (args, ledger) and returns an exit code.
User errors are raised as QuittanceError/PrintError; the caller prints `.message(locale)`.
`receipt` and `print` count a printed copy in the ledger, so they take --as and need the PIN;
`printer test` records nothing."""
from __future__ import annotations

import argparse

from core.cli_options import Options
from core.service import Ledger
from core.terminal import safe_params
from printing import service
from printing.errors import notice
from printing.profiles import profile_names
from printing.receipt import copy_text


def add_commands(subparsers, common: Options) -> None:
    names = ", ".join(profile_names())
    receipt = subparsers.add_parser(
        "receipt", parents=common("db", "as"), help="write a receipt to a file (ESC/POS, PDF or PNG preview)")
    receipt.add_argument("receipt_no", metavar="RECEIPT_NO")
    receipt.add_argument("--format", choices=service.FORMATS, default="pdf", dest="fmt")
    receipt.add_argument("--profile", default=None, help=f"printer profile ({names})")
    receipt.add_argument("--out", required=True, help="file to write")
    receipt.add_argument("--duplicate", action="store_true", help="mark the copy DUPLICATA")
    receipt.add_argument("--page", choices=("roll", "a4"), default="roll", help="PDF page: 80 mm roll or A4")
    receipt.set_defaults(handler=_receipt)

    print_ = subparsers.add_parser("print", parents=common("db", "as"), help="print a receipt on a thermal printer")
    print_.add_argument("receipt_no", metavar="RECEIPT_NO")
    print_.add_argument("--printer", default=None,
                        help="bt://AA:BB:CC:DD:EE:FF, serial://COM5, serial:///dev/rfcomm0?baud=9600, "
                             "tcp://host:9100 or file:///path")
    print_.add_argument("--profile", default=None, help=f"printer profile ({names})")
    print_.set_defaults(handler=_print)

    printer = subparsers.add_parser("printer", help="printer set-up")
    actions = printer.add_subparsers(dest="printer_command", metavar="ACTION")
    actions.required = True
    test = actions.add_parser("test", parents=common("db"), help="print a calibration page")
    test.add_argument("--printer", default=None)
    test.add_argument("--profile", default=None, help=f"printer profile ({names})")
    test.set_defaults(handler=_printer_test)


def _say(ledger: Ledger, code: str, **params: object) -> None:
    """Print a notice; its parameters (a path, an address) may carry control characters."""
    print(notice(code, ledger.locale, **safe_params(params)))


def _receipt(args: argparse.Namespace, ledger: Ledger) -> int:
    copy = service.export_receipt(ledger, args.receipt_no, args.out, args.fmt, args.profile, args.duplicate, args.page)
    receipt_no = ledger.payment(args.receipt_no).receipt_no
    _say(ledger, "written", receipt_no=receipt_no, path=args.out, copy_text=copy_text(copy, ledger.locale))
    return 0


def _print(args: argparse.Namespace, ledger: Ledger) -> int:
    result = service.print_receipt(ledger, args.receipt_no, service.printer_uri(ledger, args.printer), args.profile)
    _say(ledger, "printed", receipt_no=result.receipt_no, uri=result.uri,
         copy_text=copy_text(result.copy or 1, ledger.locale))
    return 0


def _printer_test(args: argparse.Namespace, ledger: Ledger) -> int:
    profile = service.resolve_profile(args.profile, ledger)
    result = service.print_test_page(service.printer_uri(ledger, args.printer), profile, ledger.locale)
    _say(ledger, "test_printed", uri=result.uri, profile=profile.name, status=result.status.describe(ledger.locale))
    return 0
