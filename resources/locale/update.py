"""Keep the gettext catalogues in order (run after editing a .pot or a .po):

    .venv/bin/python -m resources.locale.update          # sync every .po with its .pot, compile .mo, check
    .venv/bin/python -m resources.locale.update --check  # only check; exit 1 when something is wrong
    .venv/bin/python -m resources.locale.update --dir D  # the same on a municipality's catalogue folder

Checks: every code of each .pot translated in fr, en and pt with the same {placeholders}; in other
languages, placeholders right where translated (the rest shows in English); every .mo up to date."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from resources.locale.tools import LOCALE_DIR, check, update


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.locale.update", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="check only, write nothing")
    parser.add_argument("--dir", type=Path, default=LOCALE_DIR, help="catalogue folder (default: the app's)")
    args = parser.parse_args(argv)
    # A municipality's folder holds only its own languages, possibly partial, against the app's .pot.
    if args.dir.resolve() == LOCALE_DIR:
        options = {}
    else:
        options = {"required": (), "templates": LOCALE_DIR}
    problems = check(args.dir, **options) if args.check else update(args.dir, **options)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)" if problems else "catalogues complete and compiled")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
