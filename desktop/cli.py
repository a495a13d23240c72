"""The desktop's subcommands: `quittance demo` (what `make run` opens) and
`quittance gui [--screenshot DIR]`. Handlers are `fn(args, ledger) -> exit code`."""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from core.service import Ledger

DEMO_DB = Path(".demo") / "demo.db"
DEMO_NMEA = Path(__file__).resolve().parents[1] / "resources" / "demo" / "kananga.nmea"
_PLACEHOLDER_PREFIX = "quittance-gui-"


def cmd_demo(args: argparse.Namespace, ledger: Ledger) -> int:
    """Open the app on the demo device, seeding it on first use; the login shows the demo PINs."""
    from core.demo import ensure_demo
    from desktop.app import run_gui
    from desktop.gnss.capture import DEFAULT_GPS_SETTINGS

    demo = ensure_demo(args.db)
    try:
        if demo.setting("gps") is None:
            # A demo has no receiver attached: replay a real-looking log recorded near Kananga's
            # market, so "Capture position" shows the accuracy settling as it would outdoors.
            demo.save_setting("gps", {**DEFAULT_GPS_SETTINGS, "source": "file", "file": str(DEMO_NMEA)})
    finally:
        demo.close()
    return run_gui(args.db, demo=True)


def cmd_gui(args: argparse.Namespace, ledger: Ledger) -> int:
    if args.screenshot is None:
        from desktop.app import run_gui

        path = ledger.store.path
        ledger.close()  # the app opens its own
        return run_gui(path)
    from desktop.screenshots import take_screenshots

    placeholder = Path(ledger.store.path)
    ledger.close()
    if placeholder.parent.name.startswith(_PLACEHOLDER_PREFIX):
        shutil.rmtree(placeholder.parent, ignore_errors=True)
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
        namespace.needs_init = False  # screenshots bring their own demo device
        if getattr(namespace, "db", None) is None:
            namespace.db = Path(tempfile.mkdtemp(prefix=_PLACEHOLDER_PREFIX)) / "unused.db"


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="open the app on the demo device (seeded on first use)")
    p.set_defaults(handler=cmd_demo, needs_init=False, db=DEMO_DB)

    p = sub.add_parser("gui", parents=[common], help="open the app; --screenshot DIR saves each screen and exits")
    p.add_argument("--screenshot", metavar="DIR", type=Path, default=None, action=_Screenshot,
                   help="save a PNG of each main screen (demo data, works offscreen) and exit")
    p.set_defaults(handler=cmd_gui, needs_init=True)
