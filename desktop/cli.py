"""The desktop's subcommands: `quittance demo` (what `make run` opens) and
`quittance gui [--screenshot DIR]`. Handlers are `fn(args, ledger) -> exit code`."""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from core.cli_options import Options
from core.errors import QuittanceError
from core.service import Ledger

DEMO_DB = Path(".demo") / "demo.db"
DEMO_NMEA = Path(__file__).resolve().parents[1] / "resources" / "demo" / "kananga.nmea"


def cmd_demo(args: argparse.Namespace, ledger: Ledger) -> int:
    """Open the app on the demo device, seeding it on first use; the login shows the demo PINs."""
    from core.demo import ensure_demo
    from desktop.app import run_gui
    from desktop.display_check import require_display
    from desktop.gnss.capture import DEFAULT_GPS_SETTINGS

    path = ledger.store.path
    ledger.close()  # ensure_demo and the app open their own
    unable = require_display()  # said at once, before seeding a demo that no window could show
    if unable is not None:
        return unable
    demo = ensure_demo(path, payments=True)  # a town where some have paid: the map is not all red
    from desktop.map.demo import ensure_demo_basemap

    ensure_demo_basemap(path)
    try:
        if demo.setting("gps") is None:
            # A demo has no receiver attached: replay a real-looking log recorded near Kananga's
            # market, so "Capture position" shows the accuracy settling as it would outdoors.
            demo.save_setting("gps", {**DEFAULT_GPS_SETTINGS, "source": "file", "file": str(DEMO_NMEA)})
    finally:
        demo.close()
    return run_gui(path, demo=True, supervisor=args.supervisor)


def cmd_gui(args: argparse.Namespace, ledger: Ledger | None) -> int:
    if args.screenshot is None:
        from desktop.app import run_gui

        path = ledger.store.path
        ledger.close()  # the app opens its own
        return run_gui(path, supervisor=args.supervisor)
    from desktop.screenshots import take_screenshots

    if args.db is not None:
        raise QuittanceError("cli_screenshot_own_device")
    with tempfile.TemporaryDirectory(prefix="quittance-screens-") as work:
        saved = take_screenshots(Path(args.screenshot), Path(work))
    for path in saved:
        print(path)
    return 0


class _Screenshot(argparse.Action):
    """--screenshot works on its own throwaway demo device: the runner opens no database at all,
    so taking screenshots never creates or touches the agent's real one."""

    def __call__(self, parser, namespace, value, option_string=None) -> None:  # noqa: ANN001
        setattr(namespace, self.dest, value)
        namespace.needs_ledger = False


def add_commands(sub: argparse._SubParsersAction, common: Options) -> None:
    # The app has its own login: neither takes --as (nor --json, having nothing to report).
    p = sub.add_parser("demo", parents=common("db"), help="open the app on the demo device (seeded on first use)")
    p.add_argument("--supervisor", action="store_true", help="open on the supervisor's login")
    p.set_defaults(handler=cmd_demo, needs_init=False, default_db=DEMO_DB)

    p = sub.add_parser("gui", parents=common("db"), help="open the app; --screenshot DIR saves each screen and exits")
    p.add_argument("--screenshot", metavar="DIR", type=Path, default=None, action=_Screenshot,
                   help="save a PNG of each main screen (demo data, works offscreen) and exit")
    p.add_argument("--supervisor", action="store_true", help="open on the supervisor's login")
    p.set_defaults(handler=cmd_gui, needs_init=True)
