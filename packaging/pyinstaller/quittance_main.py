"""The frozen app's entry point: the same `quittance` command as the pip-installed one
(`desktop.main:main`), so `quittance --version`, the headless subcommands and the window all work
from the installed folder."""
import sys

from desktop.main import main

if __name__ == "__main__":
    sys.exit(main())
