"""The README's production database and "Backups" lines, run as written (their /etc, /usr/local
and /var moved into a scratch root) on a throwaway PostgreSQL 15 cluster: the role and database,
the settings and `quittance-admin init`, WAL archiving and a base backup, then more taxpayers
imported with `quittance-server`, a whole restore and a point-in-time restore, and the nightly
backup's pruning. `systemctl` lines are replaced by pg_ctl on the throwaway cluster."""
from __future__ import annotations

import getpass
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

import pytest

from tests.server.pg_cluster import Cluster
from tests.server.production_support import (as_postgres, is_root, line_with, production_lines, rooted, run,
                                             wait_until)

README_BACKUP = "20261129T021500Z"  # the README's example backup folder
README_TIME = "2026-11-29 14:30:00+01"  # and its example point in time


@pytest.fixture
def scratch() -> Iterator[tuple[Path, Cluster]]:
    # Short (the socket path has a 107-byte limit) and readable by the OS user postgres.
    root = Path(tempfile.mkdtemp(prefix="qpg", dir="/tmp"))
    root.chmod(0o755)
    cluster = Cluster(root)
    try:
        yield root, cluster
    finally:
        try:
            cluster.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)


def _readme(line: str, root: Path, env: dict[str, str]) -> str:
    """A README line as written, its system paths under `root` (and, not as root, without the
    owner changes only root can make: the cluster is then the current user's)."""
    line = rooted(as_postgres(line), root)
    if not is_root() and line.startswith("chown "):
        return ""
    return run(line, env).stdout


def _admin_env(root: Path, cluster: Cluster) -> dict[str, str]:
    """quittance-admin, installed in the root, running this checkout's quittance-server as the current user."""
    env = {key: value for key, value in cluster.env.items() if key != "PGUSER"}  # the URL says who connects
    env.update(QUITTANCE_ENV_FILE=str(root / "etc/quittance/server.env"), QUITTANCE_HOME=sys.prefix,
               QUITTANCE_USER=getpass.getuser(), QUITTANCE_SERVER_DATA=str(root / "var/lib/quittance-server"),
               PATH=f"{root}/usr/local/bin:{os.environ['PATH']}")
    return env


def _root_file(path: Path, root: Path) -> None:
    """An installed file's own system paths, moved into the root like the lines that installed it."""
    path.write_text(rooted(path.read_text(encoding="utf-8"), root), encoding="utf-8")


def _import(root: Path, env: dict[str, str], names: list[str]) -> None:
    csv = root / f"taxpayers-{len(names)}-{time.monotonic_ns()}.csv"
    csv.write_text("name,zone\n" + "".join(f"{name},KAT\n" for name in names), encoding="utf-8")
    done = json.loads(run(f"quittance-admin taxpayers import {csv} --json", env).stdout)
    assert done["imported"] == len(names) and not done["rejected"], done


def _taxpayers(env: dict[str, str]) -> int:
    return json.loads(run("quittance-admin stats --json", env).stdout)["taxpayers"]


def _install_and_init(root: Path, cluster: Cluster, env: dict[str, str]) -> None:
    """The README's install and database lines a scratch root can take (no adduser, pip or systemctl)."""
    install = production_lines("adduser --system")
    run(rooted(line_with(install, "install -d -o quittance").replace("-o quittance -g quittance ", ""), root))
    (root / "usr/local/bin").mkdir(parents=True)
    run(rooted(line_with(install, "packaging/server/quittance-admin"), root))
    database = production_lines("createuser quittance")
    for line in database:
        if "supervisor add" in line:
            continue  # asks for a password at a terminal: tests/server/test_readme_supervisor_accounts.py
        line = line.replace(" -g quittance", "")  # the group adduser makes
        _readme(line, root, env)
        if "server.env" in line:
            _root_file(root / "etc/quittance/server.env", root)
    assert json.loads(run("quittance-admin stats --json", env).stdout)["taxpayers"] == 0


@pytest.mark.slow  # about a minute: a cluster, a base backup, two restores
def test_base_backup_wal_archive_and_restores_as_the_readme_says(scratch):
    root, cluster = scratch
    cluster.create()
    cluster.start()  # as Debian's postgresql package does when installed
    env = _admin_env(root, cluster)
    _install_and_init(root, cluster, env)
    _import(root, env, [f"Avant Sauvegarde {n}" for n in range(5)])

    backups = production_lines("quittance-basebackup /var/backups/quittance 7")
    for line in backups:
        if line.startswith("systemctl restart postgresql"):
            cluster.stop()
            cluster.start()
            continue
        if "/etc/cron.d/" in line:
            (root / "etc/cron.d").mkdir(parents=True)
        _readme(line, root, env)
        if "quittance-backup.conf" in line:
            _root_file(root / "etc/postgresql/15/main/conf.d/quittance-backup.conf", root)
    assert "quittance-basebackup /var/backups/quittance 7" in (root / "etc/cron.d/quittance-backup").read_text()
    assert cluster.sql("SHOW archive_mode") == "on"
    (base,) = (root / "var/backups/quittance/base").iterdir()
    assert {p.name for p in base.iterdir()} >= {"base.tar.gz", "pg_wal.tar.gz", "backup_manifest"}

    _import(root, env, [f"Après Sauvegarde {n}" for n in range(4)])
    target = cluster.sql("SELECT now()")
    time.sleep(1.5)
    _import(root, env, [f"Import Erroné {n}" for n in range(3)])
    assert _taxpayers(env) == 12
    last = cluster.sql("SELECT pg_walfile_name(pg_switch_wal())")
    wait_until(lambda: cluster.sql("SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver") >= last, 60,
               f"{last} to be archived ({cluster.log_tail()})")
    assert cluster.sql("SELECT failed_count FROM pg_stat_archiver") == "0"

    restore = [line.replace(README_BACKUP, base.name) for line in production_lines("recovery.signal")]
    _restore(root, cluster, env, restore)
    assert _taxpayers(env) == 12  # everything, replayed from the archive over the base backup
    assert (root / "var/lib/postgresql/15/main.before-restore").is_dir()

    point_in_time = line_with(production_lines("recovery_target_time"), "recovery_target_time")
    assert README_TIME in point_in_time
    cluster.stop()
    shutil.rmtree(cluster.data)  # the first restore's: this one starts from the base backup again
    _restore(root, cluster, env, [line for line in restore if not line.startswith("mv ")],
             before_start=point_in_time.replace(README_TIME, target))
    assert _taxpayers(env) == 9  # the import after the target is not there; the one before it is
    names = run("quittance-admin export --what taxpayers --format csv --out "
                f"{root / 'after.csv'} --json", env)
    assert json.loads(names.stdout)["rows"] == 9
    text = (root / "after.csv").read_text(encoding="utf-8-sig")
    assert "Après Sauvegarde 3" in text and "Import Erroné" not in text

    _check_pruning(root, cluster, env)


def _restore(root: Path, cluster: Cluster, env: dict[str, str], lines: list[str], before_start: str = "") -> None:
    for line in lines:
        if line.startswith("systemctl stop"):
            cluster.stop()
        elif line.startswith("systemctl start postgresql"):
            if before_start:
                _readme(before_start, root, env)
            cluster.start()
            cluster.wait_promoted()
        else:
            _readme(line, root, env)
    assert not (cluster.data / "recovery.signal").exists()  # promoted: a cluster of its own again


def _check_pruning(root: Path, cluster: Cluster, env: dict[str, str]) -> None:
    """The nightly script keeping 1: the older backup goes, and the archived WAL only it needed."""
    (root / "etc/postgresql/15/main/conf.d/quittance-restore.conf").unlink()  # as the README says, once restored
    time.sleep(1.1)  # backup folders are named to the second
    wal = root / "var/backups/quittance/wal"
    before = _segments(wal)
    line = line_with(production_lines("quittance-basebackup /var/backups/quittance 7"), "quittance-basebackup /var")
    said = _readme(line.replace(" 7", " 1"), root, env)
    first = re.search(r"archive from ([0-9A-F]{24})", said)
    assert first, said
    kept = list((root / "var/backups/quittance/base").iterdir())
    assert len(kept) == 1 and not kept[0].name.endswith(".part")
    # pg_archivecleanup goes by the segment's place in the WAL (its last 16 digits), any timeline.
    start = first.group(1)[8:]
    assert any(name[8:] < start for name in before), before  # there was something to remove
    after = _segments(wal)
    assert first.group(1) in after and all(name[8:] >= start for name in after), (after, start)


def _segments(wal: Path) -> list[str]:
    return sorted(p.name for p in wal.iterdir() if re.fullmatch(r"[0-9A-F]{24}", p.name))


def test_the_archive_command_never_replaces_an_archived_file(tmp_path):
    """A retry of the same WAL file succeeds; a different file under an archived name fails (and
    PostgreSQL keeps its WAL and says so) rather than overwrite what a restore would need."""
    script = Path(__file__).resolve().parents[2] / "packaging/server/postgresql/quittance-archive-wal"
    archive, wal = tmp_path / "wal", tmp_path / "000000010000000000000001"
    archive.mkdir()
    wal.write_bytes(b"\x01" * 4096)
    command = f"{script} {wal} {wal.name} {archive}"
    run(command)
    assert (archive / wal.name).read_bytes() == wal.read_bytes() and not list(archive.glob("*.part"))
    run(command)  # PostgreSQL retrying after a crash: the same content is a success
    wal.write_bytes(b"\x02" * 4096)
    retried = subprocess.run(["bash", "-c", command], capture_output=True, timeout=60)
    assert retried.returncode != 0 and (archive / wal.name).read_bytes() == b"\x01" * 4096
