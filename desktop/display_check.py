"""Before Qt starts: can this machine open a window at all?

Without a display, or without the system libraries Qt's xcb platform plugin links against,
QApplication aborts the process with a raw "qt.qpa.plugin" error and a core dump. Checked here
first, so the agent reads one line that says what is missing and how to install it.

Pure functions over an environment mapping and a library loader, so tests can feed both."""
from __future__ import annotations

import ctypes
import os
import sys
from typing import Callable, Mapping

from core.messages import system_language, translate

# What PySide6's plugins/platforms/libqxcb.so and lib/libQt6XcbQpa.so.6 link against directly
# (from `ldd` on both, Qt 6.x wheels), with the Debian/Ubuntu package that ships each one.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

Loader = Callable[[str], object]  # raises OSError when the library cannot be loaded


def _load(soname: str) -> object:
    return ctypes.CDLL(soname)


def platform_plugin(env: Mapping[str, str]) -> str:
    """The platform Qt will use: QT_QPA_PLATFORM's first choice, or what a Linux desktop gets
    by default: Wayland in a Wayland session (even one that also runs XWayland, so missing X11
    libraries do not matter there), X11 otherwise."""
    chosen = (env.get("QT_QPA_PLATFORM") or "").split(";")[0].split(":")[0].strip().lower()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return "wayland"
    return "xcb"


def missing_packages(load: Loader = _load) -> list[str]:
    """The Debian packages whose libraries the xcb plugin needs and the loader cannot find."""
    missing: list[str] = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            load(soname)
        except OSError:
            if package not in missing:
                missing.append(package)
    return missing


def user_language(env: Mapping[str, str]) -> str:
    """fr (the app's default) unless the system speaks English or Portuguese."""
    return system_language(env)


def problem(env: Mapping[str, str], platform: str = sys.platform, load: Loader = _load) -> str | None:
    """One line saying why no window can open, or None when nothing is known to be missing.

    Only the X11 (xcb) path is checked: other platforms (offscreen, wayland, Windows, macOS)
    bring what they need or report their own problems."""
    if not platform.startswith("linux") or platform_plugin(env) != "xcb":
        return None
    lang = user_language(env)
    if not env.get("DISPLAY"):
        return translate("gui_no_display", lang)
    packages = missing_packages(load)
    if not packages:
        return None
    names = ", ".join(packages)
    code = "gui_missing_library" if len(packages) == 1 else "gui_missing_libraries"
    return translate(code, lang, packages=names, install="sudo apt install " + " ".join(packages))


def require_display(env: Mapping[str, str] | None = None) -> int | None:
    """Exit code 1 after printing the one line on stderr, or None when the app may start Qt."""
    line = problem(os.environ if env is None else env)
    if line is None:
        return None
    print(line, file=sys.stderr)
    return 1
