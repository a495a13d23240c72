"""`make package` end to end: the .deb installed into a scratch root runs `quittance --version`
and `quittance gui --screenshot` offscreen, carries its translations, fonts and printer profiles,
declares the Qt system libraries it needs, and the NSIS script compiles. Slow (one build per
session, minutes), and part of `make test`."""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from tests.packaging.conftest import Built, need, run_app
from tests.readme_blocks import ROOT, command_lines, readme_block, run_line

pytestmark = pytest.mark.slow
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _fields(built: Built) -> dict[str, str]:
    out = subprocess.run(["dpkg-deb", "-f", str(built.deb)], capture_output=True, text=True, check=True).stdout
    return dict(re.findall(r"^(\S+): (.*(?:\n .*)*)$", out, flags=re.MULTILINE))


def _internal(built: Built):  # noqa: ANN202
    return built.root / "opt" / "quittance" / "_internal"


def test_make_package_prints_the_sizes_of_what_it_built(built: Built) -> None:
    report = built.report
    assert report["version"] == VERSION
    assert built.deb.name == f"quittance_{VERSION}_amd64.deb" and built.deb.stat().st_size == report["deb_bytes"]
    # A folder with its own Python and Qt: tens of MiB at least, and the .deb is compressed.
    assert 50 * 2**20 < report["deb_bytes"] < report["app_folder_bytes"]
    assert f"{report['deb_bytes'] / 2**20:,.1f} MiB" in built.output
    assert "Depends: " in built.output


def test_control_fields_declare_the_qt_system_libraries(built: Built) -> None:
    fields = _fields(built)
    assert fields["Package"] == "quittance" and fields["Version"] == VERSION
    assert fields["Architecture"] == "amd64"
    assert int(fields["Installed-Size"]) * 1024 >= built.report["app_folder_bytes"]
    depends = {item.split(" (")[0] for item in fields["Depends"].split(", ")}
    # What Qt's xcb, EGL and font code link against, found in the ELF files, not listed by hand.
    for package in ("libc6", "libxcb1", "libxcb-cursor0", "libxkbcommon0", "libxkbcommon-x11-0", "libegl1",
                    "libgl1", "libfontconfig1", "libdbus-1-3", "libx11-6"):
        assert package in depends, f"{package} missing from Depends: {fields['Depends']}"
    # Every name is a real, installed Debian package: dpkg knows each one.
    known = subprocess.run(["dpkg-query", "-W", "-f=${Package}\n", *sorted(depends)], capture_output=True, text=True)
    assert known.returncode == 0, known.stderr


def test_dpkg_installs_the_files_where_the_desktop_finds_them(built: Built) -> None:
    listed = subprocess.run(["dpkg", f"--root={built.root}", "-L", "quittance"], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    for path in ("/opt/quittance/quittance", "/usr/bin/quittance", "/usr/share/applications/quittance.desktop",
                 "/usr/share/icons/hicolor/scalable/apps/quittance.svg",
                 "/usr/share/icons/hicolor/256x256/apps/quittance.png"):
        assert path in listed
    assert built.app.resolve() == (built.root / "opt" / "quittance" / "quittance").resolve()
    icon = Image.open(built.root / "usr/share/icons/hicolor/256x256/apps/quittance.png")
    assert icon.size == (256, 256) and len(icon.getcolors(256 * 256)) > 20


def test_the_desktop_entry_is_valid_and_launches_the_installed_command(built: Built) -> None:
    entry = built.root / "usr" / "share" / "applications" / "quittance.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    text = entry.read_text(encoding="utf-8")
    assert "\nExec=quittance\n" in text and "\nIcon=quittance\n" in text
    assert "Name=Quittance" in text and "Comment[fr]=" in text and "Comment[pt]=" in text


def test_translations_fonts_and_printer_profiles_are_inside(built: Built) -> None:
    resources = _internal(built) / "resources"
    assert {p.name for p in (resources / "translations").glob("*.qm")} == {
        "quittance_en.qm", "quittance_fr.qm", "quittance_pt.qm"}
    for language in ("en", "fr", "pt"):
        assert list((resources / "locale" / language / "LC_MESSAGES").glob("*.mo"))
    assert {p.name for p in (resources / "fonts").glob("*.ttf")} >= {"DejaVuSans.ttf", "DejaVuSansMono.ttf"}
    assert {p.name for p in (resources / "printers").glob("*.json")} >= {"generic-58.json", "generic-80.json"}
    assert (_internal(built) / "escpos" / "capabilities.json").is_file()
    assert list((_internal(built) / "reportlab" / "fonts").glob("*"))
    assert (_internal(built) / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so").is_file()
    assert (_internal(built) / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").is_file()


def test_the_frozen_modules_are_the_app_without_the_server(built: Built) -> None:
    listing = subprocess.run([str(Path(sys.executable).parent / "pyi-archive_viewer"), "--list", "--recursive",
                              str(built.root / "opt" / "quittance" / "quittance")],
                             capture_output=True, text=True, check=True).stdout
    modules = set(re.findall(r"'([\w.]+)'\)?$", listing, flags=re.MULTILINE))
    # Loaded by name at run time, so PyInstaller could not follow them by itself.
    for name in ("desktop.cli", "printing.cli", "sync.client.cli", "core.cli_forms", "core.words.pt",
                 "pyxform", "lxml", "geographiclib.geodesic", "sync.client.updates", "sync.client.installer"):
        assert name in modules, name
    for name in ("sqlcipher3", "keyring"):  # the vault's, bundled whole once they are dependencies
        if importlib.util.find_spec(name) is not None:
            assert name in modules, f"{name} is installed but not frozen"
    assert not {m for m in modules if m.startswith(("sync.server", "fastapi", "sqlalchemy", "pytest"))}


def test_installed_quittance_version_prints_the_pyproject_version(built: Built, tmp_path) -> None:  # noqa: ANN001
    result, seconds = run_app(built, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"quittance {VERSION}\n"
    print(f"\ncold start of the installed `quittance --version`: {seconds:.2f} s")


def test_installed_gui_screenshot_draws_the_real_windows_offscreen(built: Built, tmp_path) -> None:  # noqa: ANN001
    shots = tmp_path / "shots"
    result, seconds = run_app(built, "gui", "--screenshot", str(shots), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    print(f"\nthe installed `quittance gui --screenshot`: {seconds:.2f} s for {len(result.stdout.split())} screens")
    home = Image.open(shots / "02-home.png").convert("RGB")
    assert home.size == (1280, 800)
    assert max(ImageStat.Stat(home).stddev) > 20, "a blank picture"
    assert home.getpixel((20, 400)) == (0x0B, 0x3D, 0x5C), "the navigation rail is not drawn"
    # French by default, then English and Portuguese from the bundled .qm files: the same home
    # screen in Portuguese differs from the French one.
    portuguese = Image.open(shots / "14-home-portuguese.png").convert("RGB")
    assert ImageChops.difference(home, portuguese).getbbox() is not None
    # Nothing landed outside the scratch home and the work folder.
    assert not (tmp_path / ".demo").exists()


def test_the_nsis_script_compiled_around_the_stand_in_payload(built: Built) -> None:
    exe = built.report["nsis_standin"]
    data = open(exe, "rb").read()
    assert data[:2] == b"MZ" and b"Nullsoft" in data
    assert len(data) == built.report["nsis_standin_bytes"]


def test_readme_try_it_lines_run_as_written(built: Built, tmp_path) -> None:  # noqa: ANN001
    block = readme_block("dpkg -x dist/")
    assert f"dist/{built.deb.name}" in block  # the README names the file this version builds
    scratch = [Path("/tmp/quittance-try"), Path("/tmp/quittance-shots")]  # the paths it names
    for folder in scratch:
        shutil.rmtree(folder, ignore_errors=True)
    env = {**built.env, "PATH": "/usr/bin:/bin"}
    try:
        outputs = []
        for line in command_lines(block):
            result = run_line(line, cwd=ROOT, env=env, timeout=300)
            assert result.returncode == 0, f"{line}\n{result.stderr[-2000:]}"
            outputs.append(result.stdout)
        assert outputs[1] == f"quittance {VERSION}\n"
        assert Image.open("/tmp/quittance-shots/01-login.png").size == (1280, 800)
    finally:
        for folder in scratch:
            shutil.rmtree(folder, ignore_errors=True)


def test_readme_apt_install_line_resolves_every_dependency(built: Built) -> None:
    """`sudo apt install ./dist/….deb`, as apt's simulation: installing for real would change the
    test machine. apt must find every Depends and plan to install the package."""
    line = next(line for line in command_lines(readme_block("make package")) if "apt install" in line)
    assert line == f"sudo apt install ./dist/{built.deb.name}"
    result = subprocess.run(["apt-get", "install", "--simulate", line.split()[-1]], cwd=ROOT,
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert f"Inst quittance ({VERSION} " in result.stdout


def test_every_bundled_library_finds_what_it_needs_on_this_system(built: Built) -> None:
    """What Depends promises: with the bundle's own folder first (as PyInstaller's launcher sets
    it), the dynamic linker resolves every library of every Qt plugin and module."""
    internal = _internal(built)
    env = {"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"}
    unresolved = []
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or open(path, "rb").read(4) != b"\x7fELF":
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        unresolved += [f"{path.relative_to(internal)}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert not unresolved, "\n".join(unresolved[:20])


def test_installed_app_draws_a_real_x11_window(built: Built, tmp_path) -> None:  # noqa: ANN001
    """The xcb platform plugin, with the system's X11 libraries the package depends on (none of
    them frozen in), under a real X server."""
    xvfb_run = need("xvfb-run", "xvfb")
    need("xauth", "xauth")
    env = {key: value for key, value in built.env.items() if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    shots = tmp_path / "x11"
    result = subprocess.run([xvfb_run, "-a", "-s", "-screen 0 1280x800x24", str(built.app), "gui", "--screenshot",
                             str(shots)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr[-3000:]
    login = Image.open(shots / "01-login.png").convert("RGB")
    assert login.size == (1280, 800) and max(ImageStat.Stat(login).stddev) > 20


def test_the_server_takes_what_make_package_built_as_releases(built: Built) -> None:
    """The Updates flow publishes these very files: the server's check of an installer's first
    bytes accepts the .deb for linux-deb and the NSIS program for windows-exe."""
    from sync.server.releases import check_file

    check_file(built.deb, "linux-deb")
    check_file(Path(built.report["nsis_standin"]), "windows-exe")


def test_the_installed_command_has_every_subcommand_of_the_source(built: Built, tmp_path) -> None:  # noqa: ANN001
    """desktop/main.py skips a subcommand layer it cannot import, so one left out of the bundle
    would vanish quietly: the installed `--help` must list what the source tree's lists."""
    def subcommands(text: str) -> set[str]:
        return set(re.search(r"\{([a-z,_-]+)\}", text).group(1).split(","))

    installed, _ = run_app(built, "--help", cwd=tmp_path)
    source = subprocess.run([sys.executable, "-m", "desktop.main", "--help"], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert installed.returncode == 0, installed.stderr
    assert subcommands(installed.stdout) == subcommands(source.stdout)
    assert {"gui", "demo", "sync", "pay"} <= subcommands(installed.stdout)
