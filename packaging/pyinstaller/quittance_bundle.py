"""What a frozen Quittance carries beyond the imports PyInstaller follows by itself.

Shared by quittance.spec (Linux, one folder) and quittance-windows.spec. PyInstaller cannot see:
modules loaded by name (desktop/main.py's subcommand layers, core/words' per-language modules),
data files found through `__file__` (resources/: Qt .qm, gettext .mo, fonts, printer profiles,
icons, demo data), third-party data (reportlab's fonts, escpos' capabilities.json, pyxform's
templates, Babel's CLDR data) and distribution metadata (`quittance --version` reads the
installed version; keyring finds its backends through entry points)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from PyInstaller.utils.hooks import collect_all, collect_data_files, collect_submodules, copy_metadata

ROOT = Path(__file__).resolve().parents[2]
ENTRY = str(Path(__file__).resolve().parent / "quittance_main.py")

# Data-carrying libraries: their hooks may miss a file the app opens at run time.
_DATA_PACKAGES = ("reportlab", "escpos", "pyxform", "babel", "geographiclib", "qrcode", "zxingcpp")
# Added by the vault work (encrypted store, OS key storage); bundled whole when installed, because
# sqlcipher3 ships a C extension with its own libsqlcipher and keyring picks backends by metadata.
_WHOLE_IF_INSTALLED = ("sqlcipher3", "keyring")
# The server and the test tools: never part of the device app (a server import would be a bug).
EXCLUDES = ["sync.server", "fastapi", "uvicorn", "starlette", "sqlalchemy", "alembic", "psycopg",
            "psycopg_binary", "pytest", "pytestqt", "schemathesis", "hypothesis", "tkinter", "_tkinter",
            "IPython", "PyInstaller", "rich", "pygments"]  # the last two: httpx's CLI only

# Qt plugins the app does without on Linux: the GTK theme (the app draws its own theme, and it
# would make the package depend on GTK 3 for nothing but native file dialogs).
_LINUX_UNWANTED = ("platformthemes/libqgtk3.so",)


def linux_unwanted(destination: str) -> bool:
    return destination.replace("\\", "/").endswith(_LINUX_UNWANTED)


def _not_server(name: str) -> bool:
    return not name.startswith("sync.server")


def collected() -> tuple[list, list, list]:
    """(datas, binaries, hiddenimports) for Analysis()."""
    datas: list = []
    binaries: list = []
    hidden: list = []
    for package in ("core", "printing", "desktop"):
        hidden += collect_submodules(package)
    hidden += collect_submodules("sync", filter=_not_server)
    # Every resource except Python sources (resources' .py files are modules, found above).
    datas += collect_data_files("resources", excludes=["**/__pycache__"])
    hidden += collect_submodules("resources")
    for package in _DATA_PACKAGES:
        datas += collect_data_files(package)
        hidden += collect_submodules(package)
    hidden += ["lxml.etree", "lxml._elementpath", "lxml.html", "openpyxl"]
    for name in _WHOLE_IF_INSTALLED:
        if importlib.util.find_spec(name) is None:
            print(f"quittance_bundle: {name} is not installed here; the bundle goes without it")
            continue
        d, b, h = collect_all(name)
        datas += d
        binaries += b
        hidden += h
    datas += copy_metadata("quittance")
    return datas, binaries, hidden
