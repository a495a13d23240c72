"""The desktop's subcommands: `quittance demo` (what `make run` opens) and
`quittance gui [--screenshot DIR]`. Handlers are `fn(args, ledger) -> exit code`."""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from core.errors import QuittanceError
from core.service import Ledger

DEMO_DB = Path(".demo") / "demo.db"


def cmd_demo(args: argparse.Namespace, ledger: Ledger) -> int:
    """Open the app on the demo device, seeding it on first use; the login shows the demo PINs."""
    from core.demo import ensure_demo
    from desktop.app import run_gui

    ensure_demo(args.db).close()
    return run_gui(args.db, demo=True)


def cmd_gui(args: argparse.Namespace, ledger: Ledger) -> int:
    if args.screenshot is None:
        if not ledger.is_initialised():
            raise QuittanceError("not_initialised")
        from desktop.app import run_gui

        path = ledger.store.path
        ledger.close()  # the app opens its own
        return run_gui(path)
    from desktop.screenshots import take_screenshots

    with tempfile.TemporaryDirectory(prefix="quittance-screens-") as work:
        saved = take_screenshots(Path(args.screenshot), Path(work))
    for path in saved:
        print(path)
    return 0


class _Screenshot(argparse.Action):
    """--screenshot works on its own throwaway demo device: point the generic runner's --db
    there too, so taking screenshots never creates or touches the agent's real database."""

    def __call__(self, parser, namespace, value, option_string=None) -> None:  # noqa: ANN001
        setattr(namespace, self.dest, value)
        if getattr(namespace, "db", None) is None:
            namespace.db = Path(tempfile.mkdtemp(prefix="quittance-gui-")) / "unused.db"


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="open the app on the demo device (seeded on first use)")
    p.set_defaults(handler=cmd_demo, needs_init=False, db=DEMO_DB)

    p = sub.add_parser("gui", parents=[common], help="open the app; --screenshot DIR saves each screen and exits")
    p.add_argument("--screenshot", metavar="DIR", type=Path, default=None, action=_Screenshot,
                   help="save a PNG of each main screen (demo data, works offscreen) and exit")
    p.set_defaults(handler=cmd_gui, needs_init=False)
