"""The real client against the real server, on SQLite and on a real PostgreSQL.

The server is `sync.server.app.create_app` over a throwaway database (tests/server/conftest.py's
`database_url`: one SQLite file, or a uniquely named PostgreSQL database dropped after; under
CI=true a missing PostgreSQL fails). The client is `sync.client` as a device runs it, reaching
the app in-process through starlette's TestClient transport (an httpx transport: the client's
seam), or over TCP to a real uvicorn process (tests/sync_e2e/served.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.server.conftest import database_url  # noqa: F401  (the SQLite / PostgreSQL parametrised fixture)
from tests.server.support import TEST_CONFIG, Server


@pytest.fixture
def server(database_url: str, tmp_path: Path):  # noqa: F811
    made = Server.start(tmp_path / "server-data", database_url, TEST_CONFIG)
    yield made
    made.close()


@pytest.fixture
def served(server, database_url: str, tmp_path: Path):  # noqa: ANN001, ANN201, F811
    """The same server (same database, same key) under a real uvicorn process."""
    from tests.sync_e2e.served import ServerProcess

    process = ServerProcess(server.settings.data_dir, database_url, tmp_path / "server.log").start()
    yield process
    process.stop()


@pytest.fixture
def proxy(served):  # noqa: ANN001, ANN201
    """The misbehaving proxy in front of the server process (faults off until a test sets them)."""
    from tests.sync_e2e.served import ProxyProcess

    process = ProxyProcess(served.port)
    yield process
    process.stop()
