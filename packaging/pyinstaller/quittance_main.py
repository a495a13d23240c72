"""The frozen app's entry point: the same `quittance` command as the pip-installed one
(`desktop.main:main`), so `quittance --version`, the headless subcommands and the window all work
from the installed folder."""
import os
import sys

# Windows' windowed quittance-app.exe has no console: sys.stdout and sys.stderr are None there, and
# a stray print (a warning, a library's notice) would raise instead of going nowhere.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))

from desktop.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
