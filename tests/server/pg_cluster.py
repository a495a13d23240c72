"""A throwaway PostgreSQL 15 cluster laid out as Debian lays out its own (data in
var/lib/postgresql/15/main, settings included from etc/postgresql/15/main/conf.d, the socket in
var/run/postgresql), under a scratch root, on a free port, run by the OS user postgres when the
tests run as root (as CI does) and by the current user otherwise. Never the shared cluster."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

from tests.server.production_support import PG_BIN, free_port, is_root, require, run, wait_until


def as_cluster_owner(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if is_root() else argv


def give_to_owner(path: Path) -> None:
    if is_root():
        shutil.chown(path, "postgres", "postgres")


class Cluster:
    def __init__(self, root: Path) -> None:
        require(str(PG_BIN / "initdb"), "postgresql-15")
        self.root = root
        self.data = root / "var/lib/postgresql/15/main"
        self.conf_d = root / "etc/postgresql/15/main/conf.d"
        self.socket = root / "var/run/postgresql"
        self.port = free_port()
        self.log = root / "postgresql.log"

    @property
    def env(self) -> dict[str, str]:
        """What libpq's clients (psql, createuser, pg_basebackup, psycopg) need to find it."""
        return {**os.environ, "PGHOST": str(self.socket), "PGPORT": str(self.port), "PGUSER": "postgres"}

    def create(self) -> None:
        for folder in (self.data.parent, self.socket):
            folder.mkdir(parents=True, exist_ok=True)
            give_to_owner(folder)
        self.conf_d.mkdir(parents=True, exist_ok=True)
        self.log.touch()
        give_to_owner(self.log)
        self._owner([str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                     "--locale=C.UTF-8"])
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            # As Debian's postgresql.conf does: the socket's place, and conf.d included last.
            conf.write(f"\nport = {self.port}\nlisten_addresses = ''\nunix_socket_directories = '{self.socket}'\n"
                       f"include_dir = '{self.conf_d}'\n")

    def start(self) -> None:
        self._owner([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "120", "start"])

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._owner([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"])

    def sql(self, query: str, database: str = "quittance") -> str:
        return self._owner(["psql", "-X", "-v", "ON_ERROR_STOP=1", "-d", database, "-Atc", query]).stdout.strip()

    def wait_promoted(self) -> None:
        """Archive recovery replays, then opens for writes (hot standby lets psql in before that)."""
        wait_until(lambda: self._in_recovery() == "f", 120, f"the recovery to end ({self.log_tail()})")

    def _in_recovery(self) -> str:
        done = subprocess.run(as_cluster_owner(["psql", "-X", "-d", "postgres", "-Atc", "SELECT pg_is_in_recovery()"]),
                              env=self.env, capture_output=True, text=True, timeout=30)
        return done.stdout.strip()

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def _owner(self, argv: list[str]) -> subprocess.CompletedProcess:
        return run(shlex.join(as_cluster_owner(argv)), self.env, cwd=self.root)
