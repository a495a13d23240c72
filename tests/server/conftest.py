"""One fixture runs every server test against SQLite and against a real PostgreSQL.

Each test gets its own throwaway database (a unique name on PostgreSQL, dropped after). Under
CI=true an unreachable PostgreSQL fails the run; locally its tests are skipped."""
from __future__ import annotations

import json
import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from tests.server.support import TEST_CONFIG, Server

PG_DSN = os.environ.get("QUITTANCE_TEST_PG", "host=127.0.0.1 port=5432 user=postgres")


def _pg_admin():  # noqa: ANN202
    import psycopg

    try:
        return psycopg.connect(PG_DSN + " dbname=postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI and is unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")


@contextmanager
def fresh_database(kind: str, data_dir: Path) -> Iterator[str]:
    """The URL of an empty database of `kind` (sqlite: a file in `data_dir`; postgresql: a
    database with a unique name, dropped afterwards)."""
    if kind == "sqlite":
        yield f"sqlite:///{data_dir / 'server.db'}"
        return
    admin = _pg_admin()
    name = f"quittance_test_{uuid.uuid4().hex[:16]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    params = dict(p.split("=", 1) for p in PG_DSN.split())
    try:
        yield (f"postgresql+psycopg://{params.get('user', 'postgres')}@{params.get('host', '127.0.0.1')}:"
               f"{params.get('port', '5432')}/{name}")
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database(request.param, tmp_path / "server-data") as url:
        yield url


@pytest.fixture
def server_factory(database_url: str, tmp_path: Path):  # noqa: ANN201
    """Make the server (once per test); keyword arguments override Settings fields."""
    made: list[Server] = []

    def make(**overrides) -> Server:  # noqa: ANN003
        server = Server.start(tmp_path / "server-data", database_url, TEST_CONFIG, **overrides)
        made.append(server)
        return server

    yield make
    for server in made:
        server.close()


@pytest.fixture
def server(server_factory) -> Server:  # noqa: ANN001
    return server_factory()


def pytest_configure(config: pytest.Config) -> None:
    json.dumps(TEST_CONFIG)  # the test municipality must be plain JSON, as a file would be
