"""The bundle's system libraries, as Debian sees them: which shared objects a frozen folder needs
from the system, which Debian package provides each, and the Depends line that says so.

Derived from the ELF files themselves (their DT_NEEDED entries, read with `objdump -p`), resolved
through the dynamic linker's cache (`ldconfig -p`) and the package database (`dpkg -S`), with the
minimum versions from each package's shlibs file, as dpkg-shlibdeps would take them. A library
that none of those can place is an error naming it: a package that forgot a dependency would only
fail on the user's machine."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
# The C runtime's loader and libc are the system's by definition; dpkg still names them (libc6).
_LDCONFIG_ARCH = "x86-64"


class UnresolvedLibraries(RuntimeError):
    """Sonames the bundle needs that no file in it and no installed Debian package provides."""


@dataclass
class Derivation:
    depends: dict[str, str] = field(default_factory=dict)  # package -> version constraint ("" if none)
    needed_by: dict[str, list[str]] = field(default_factory=dict)  # soname -> bundle files needing it

    def depends_field(self) -> str:
        return ", ".join(f"{name} ({rule})" if rule else name for name, rule in sorted(self.depends.items()))


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ELF_MAGIC
    except OSError:
        return False


def needed_sonames(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\s+NEEDED\s+(\S+)$", out, flags=re.MULTILINE)


# Where the linker looks after its cache: a file there by the soname's name also loads (Debian's
# libbz2-1.0 has soname libbz2.so.1.0 but ships a libbz2.so.1 link, which Qt's FFmpeg needs).
_DEFAULT_DIRS = ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib", "/lib")


def linker_cache() -> dict[str, str]:
    """soname -> path, for this machine's architecture, from the dynamic linker's cache, then
    the default library folders."""
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s+(\S+) \(([^)]*)\) => (\S+)$", line)
        if match and _LDCONFIG_ARCH in match.group(2):
            found.setdefault(match.group(1), match.group(3))
    for folder in _DEFAULT_DIRS:
        for path in sorted(Path(folder).glob("*.so*")) if Path(folder).is_dir() else ():
            found.setdefault(path.name, str(path))
    return found


def _aliases(path: str) -> list[str]:
    """A file under /lib is also under /usr/lib on a merged-/usr system; dpkg knows one of them."""
    real = str(Path(path).resolve())
    names = [path, real]
    for name in list(names):
        if name.startswith("/usr/lib/"):
            names.append(name[len("/usr"):])
        elif name.startswith("/lib/"):
            names.append("/usr" + name)
    return list(dict.fromkeys(names))


def dpkg_owners(paths: list[str]) -> dict[str, str]:
    """path -> owning package (without :arch), for the paths dpkg knows; others are left out."""
    if not paths:
        return {}
    queries = {alias: path for path in paths for alias in _aliases(path)}
    result = subprocess.run(["dpkg-query", "-S", *queries], capture_output=True, text=True)
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():
        packages, _, owned = line.partition(": ")
        if owned in queries and ", " not in packages:  # a diversion or shared path: not a library's
            owners.setdefault(queries[owned], packages.split(":")[0])
    return owners


def _shlibs_rule(package: str, soname: str) -> str:
    """The version constraint a package's shlibs file gives for `soname` ("" when it has none)."""
    match = re.match(r"(.+?)\.so\.(\S+)$", soname) or re.match(r"(.+?)-(\S+)\.so$", soname)
    if not match:
        return ""
    result = subprocess.run(["dpkg-query", "--control-show", package, "shlibs"], capture_output=True, text=True)
    for line in result.stdout.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[:2] == [match.group(1), match.group(2)]:
            rule = re.search(r"\(([^)]+)\)", parts[2])
            return rule.group(1) if rule else ""
    return ""


def _newer(a: str, b: str) -> str:
    """Of two `>= V` rules, the stricter (dpkg's own version comparison)."""
    if not a or not b:
        return a or b
    va, vb = a.split()[-1], b.split()[-1]
    newer = subprocess.run(["dpkg", "--compare-versions", va, "gt", vb]).returncode == 0
    return a if newer else b


def derive(bundle: Path) -> Derivation:
    """What the folder `bundle` needs from the system, as Debian packages."""
    elves = [p for p in sorted(bundle.rglob("*")) if p.is_file() and not p.is_symlink() and is_elf(p)]
    provided = {p.name for p in bundle.rglob("*") if p.is_file()}
    derivation = Derivation()
    for elf in elves:
        for soname in needed_sonames(elf):
            if soname not in provided:
                derivation.needed_by.setdefault(soname, []).append(str(elf.relative_to(bundle)))
    cache = linker_cache()
    missing = sorted(s for s in derivation.needed_by if s not in cache)
    owners = dpkg_owners([cache[s] for s in derivation.needed_by if s in cache])
    missing += sorted(s for s in derivation.needed_by if s in cache and cache[s] not in owners)
    if missing:
        lines = [f"  {s} (needed by {derivation.needed_by[s][0]})" for s in missing]
        raise UnresolvedLibraries("no installed Debian package provides these libraries; install the "
                                  "packages that do, so the .deb can depend on them:\n" + "\n".join(lines))
    for soname in derivation.needed_by:
        package = owners[cache[soname]]
        derivation.depends[package] = _newer(derivation.depends.get(package, ""), _shlibs_rule(package, soname))
    return derivation


def system_binaries(binaries: list[tuple[str, str, str]]) -> tuple[list, list[str]]:
    """Split PyInstaller's binaries into (kept, dropped sources): a library that an installed Debian
    package provides is dropped, and becomes a dependency instead of a stale private copy."""
    owners = dpkg_owners([source for _, source, _ in binaries])
    kept = [entry for entry in binaries if entry[1] not in owners]
    return kept, sorted(owners)
