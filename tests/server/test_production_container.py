"""The container recipe, read only: there is no Docker daemon here to build or run it, and the README
says so. What it must hold is checked: a Debian Python base, the server installed from this
repository, a non-root user, the serve command, and PostgreSQL beside it in the compose file."""
from __future__ import annotations

import json
import re

from tests.readme_blocks import ROOT
from tests.server.production_support import PACKAGING

DOCKERFILE = PACKAGING / "Dockerfile"
COMPOSE = PACKAGING / "compose.yaml"


def _instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\n\s*", " ", "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")))
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1].strip())
            for line in joined.splitlines() if line.strip()]


def test_the_dockerfile_holds_what_a_server_image_needs():
    steps = _instructions(DOCKERFILE.read_text(encoding="utf-8"))
    bases = [args for kind, args in steps if kind == "FROM"]
    assert bases and all(b.split()[0].startswith("python:3.11-slim-bookworm") for b in bases)
    copied = {args.split()[0] for kind, args in steps if kind == "COPY" and not args.startswith("--from")}
    # Everything `pip install` needs to build the project, as pyproject.toml lists its packages.
    assert {"pyproject.toml", "core", "printing", "sync", "desktop", "resources"} <= copied
    assert all((ROOT / name).exists() for name in copied)
    users = [args for kind, args in steps if kind == "USER"]
    assert users == ["quittance"]  # the last stage runs unprivileged
    assert [i for i, (kind, _) in enumerate(steps) if kind == "USER"][0] > max(
        i for i, (kind, _) in enumerate(steps) if kind == "FROM")
    entry = json.loads(dict(steps)["ENTRYPOINT"])
    command = json.loads([args for kind, args in steps if kind == "CMD"][-1])
    assert entry == ["quittance-server"] and command[:1] == ["serve"] and "--port" in command
    assert command[command.index("--port") + 1] == "8000" and "EXPOSE" in dict(steps)
    assert "UNTESTED" in DOCKERFILE.read_text(encoding="utf-8")


def test_compose_puts_postgresql_beside_the_server_on_loopback():
    text = COMPOSE.read_text(encoding="utf-8")
    assert re.search(r"^\s+image: postgres:15", text, re.M)
    assert "QUITTANCE_DATABASE_URL: postgresql+psycopg://quittance:${POSTGRES_PASSWORD}@db:5432/quittance" in text
    assert "dockerfile: packaging/server/Dockerfile" in text
    assert '"127.0.0.1:8000:8000"' in text  # only the host's nginx reaches it
    assert "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?" in text  # no default password to forget
