"""Where the sync benchmarks run: a throwaway database (PostgreSQL on loopback, or an SQLite file),
initialised and with devices enrolled in-process, and the server run as production runs it:
`quittance-server serve --workers N`, a real uvicorn process on a loopback port."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import Engine

from sync.server import admin, enrollment, reference
from sync.server.db import make_engine, migrate
from sync.server.settings import load_settings

PG_DSN = os.environ.get("QUITTANCE_BENCH_PG", "host=127.0.0.1 port=5432 user=postgres")
ZONE = "01938a00-0000-7000-8000-000000000001"
PULL_ZONE = "01938a00-0000-7000-8000-000000000003"
CONFIG = {
    "municipality": {"name": "Commune de Kananga", "code": "KGA", "currency": "CDF", "locale": "fr",
                     "timezone": "Africa/Lubumbashi", "verify_url": "https://mairie.example/v"},
    "zones": [{"id": ZONE, "code": "KAT", "name": "Katoka"},
              {"id": "01938a00-0000-7000-8000-000000000004", "code": "NDE", "name": "Ndesha"},
              {"id": PULL_ZONE, "code": "LUK", "name": "Lukonga"}],
    "tax_types": [{"code": "PAT", "label": "Patente", "periodicity": "annual", "basis": "flat", "amount": 2_000_000,
                   "rate": None, "rate_attribute": None, "object_kinds": ["business_premises"],
                   "labels": {"en": "Business licence", "pt": "Alvará comercial"}}],
}
# Fixed ids: the device events are made (and signed) before any database exists, and name their agent.
AGENT = "01938a00-0000-7000-8000-0000000000a1"
# The pulling device's agent covers only the zone of the bulk-loaded registry.
AGENTS = [("Ilunga Kabeya", ["KAT", "NDE"], "1234", AGENT),
          ("Kasongo Nkulu", ["LUK"], "4321", "01938a00-0000-7000-8000-0000000000a2")]


class BenchDatabase:
    """A database made for one run and dropped after it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.folder = Path(tempfile.mkdtemp(prefix=f"quittance-bench-{kind}-"))
        self.name = f"quittance_bench_{uuid.uuid4().hex[:12]}"
        params = dict(p.split("=", 1) for p in PG_DSN.split())
        self.pg_conninfo = (f"postgresql://{params.get('user', 'postgres')}@{params.get('host', '127.0.0.1')}:"
                            f"{params.get('port', '5432')}/{self.name}")
        if kind == "postgresql":
            self._admin("CREATE DATABASE")
            self.url = self.pg_conninfo.replace("postgresql://", "postgresql+psycopg://")
        else:
            self.url = f"sqlite:///{self.folder / 'data' / 'server.db'}"
        self.settings = load_settings(data_dir=self.folder / "data", database_url=self.url)
        self.engine: Engine = make_engine(self.settings)
        migrate(self.engine)
        with self.engine.begin() as conn:
            admin.init_from(conn, CONFIG)
            for name, zone_codes, pin, agent_id in AGENTS:
                reference.add_agent(conn, name, zone_codes, pin, agent_id=agent_id)

    @property
    def sqlite_path(self) -> Path:
        return self.folder / "data" / "server.db"

    def _admin(self, verb: str) -> None:
        import psycopg

        with psycopg.connect(PG_DSN + " dbname=postgres", autocommit=True) as conn:
            suffix = " WITH (FORCE)" if verb == "DROP DATABASE IF EXISTS" else ""
            conn.execute(f'{verb} "{self.name}"{suffix}')

    def enroll(self, code: str, device_id: str, public_key: str, agent: str = "Ilunga Kabeya") -> str:
        """A device enrolled as an administrator would, without the HTTP rate limit; its token."""
        with self.engine.begin() as conn:
            one_time, _ = enrollment.create_code(conn, code, [agent], 3600)
            return enrollment.enroll(conn, code=one_time, device_id=device_id, public_key=public_key,
                                     app_version="bench")["token"]

    def close(self) -> None:
        self.engine.dispose()
        if self.kind == "postgresql":
            self._admin("DROP DATABASE IF EXISTS")
        shutil.rmtree(self.folder, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    """`quittance-server serve` in its own process group, stopped by its pid."""

    def __init__(self, db: BenchDatabase, workers: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "sync.server.cli", "--data", str(db.settings.data_dir),
                   "--database-url", db.url, "serve", "--host", "127.0.0.1", "--port", str(self.port),
                   "--workers", str(workers)]
        self.log = open(db.folder / "server.log", "wb")  # noqa: SIM115
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited; see {db.folder / 'server.log'}")
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    # Every worker answers once the port does; give the others a moment to import.
                    self._warm()
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("the server did not answer within 60 s")

    def _warm(self) -> None:
        with httpx.Client(base_url=self.url) as client:
            for _ in range(40):
                client.get("/api/v1/health")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait()
        self.log.close()
