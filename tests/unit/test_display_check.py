"""Before Qt starts: no display, or a missing X11 library, is said in one line with the package
to install, never as Qt's raw "qt.qpa.plugin" abort."""
from __future__ import annotations

import pytest

from desktop.display_check import XCB_LIBRARIES, missing_packages, platform_plugin, problem, user_language


def loader_without(*missing: str):  # noqa: ANN201
    """A stand-in for ctypes.CDLL that cannot find the given sonames."""
    def load(soname: str) -> object:
        if soname in missing:
            raise OSError(f"{soname}: cannot open shared object file: No such file or directory")
        return object()
    return load


ALL_THERE = loader_without()


def test_no_display_is_said_before_anything_else():
    line = problem({}, "linux", loader_without("libxcb-cursor.so.0"))
    assert line is not None and "\n" not in line
    assert "DISPLAY" in line and "QT_QPA_PLATFORM=offscreen" in line
    assert "fenêtre" in line  # French by default


def test_a_missing_library_names_its_package_and_the_command():
    line = problem({"DISPLAY": ":0", "LANG": "en_GB.UTF-8"}, "linux", loader_without("libxcb-cursor.so.0"))
    assert line == ("Quittance cannot open a window: libxcb-cursor0 is missing. "
                    "Install it with: sudo apt install libxcb-cursor0")


def test_several_missing_libraries_one_line_one_command():
    line = problem({"DISPLAY": ":0", "LANG": "pt_BR.UTF-8"}, "linux",
                   loader_without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert "\n" not in line
    assert line.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")
    assert line.startswith("O Quittance não consegue abrir uma janela")


def test_nothing_missing_lets_qt_start():
    assert problem({"DISPLAY": ":0"}, "linux", ALL_THERE) is None
    assert missing_packages(ALL_THERE) == []


@pytest.mark.parametrize("env, platform", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),  # the tests, screenshots, a screenless demo
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),  # a Wayland session uses Qt's wayland plugin
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux"),  # with XWayland too
    ({"XDG_SESSION_TYPE": "wayland"}, "linux"),
    ({}, "win32"),
    ({}, "darwin"),
])
def test_other_platforms_are_not_checked(env, platform):
    assert problem(env, platform, loader_without(*XCB_LIBRARIES)) is None


def test_xcb_asked_for_explicitly_is_checked():
    assert platform_plugin({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}) == "xcb"
    assert platform_plugin({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"
    assert problem({"QT_QPA_PLATFORM": "xcb"}, "linux", ALL_THERE) is not None  # and no DISPLAY


def test_every_library_maps_to_a_debian_package():
    for soname, package in XCB_LIBRARIES.items():
        assert soname.startswith("lib") and ".so." in soname
        assert package == package.lower() and " " not in package
        assert missing_packages(loader_without(soname)) == [package]


@pytest.mark.parametrize("env, expected", [
    ({}, "fr"), ({"LANG": "C.UTF-8"}, "fr"), ({"LANG": "en_US.UTF-8"}, "en"), ({"LANG": "pt_PT.UTF-8"}, "pt"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"), ({"LANGUAGE": "pt_BR:en", "LANG": "en_US"}, "pt"),
])
def test_the_line_speaks_the_users_language(env, expected):
    assert user_language(env) == expected
