"""The verification routes over a world of receipts written by the test (tests/server/verify_support.py),
for a real uvicorn process: `QUITTANCE_VERIFY_WORLD=world.json uvicorn tests.server.verify_app:app`."""
from __future__ import annotations

import os
from pathlib import Path

from tests.server.verify_support import World, make_app

app = make_app(World.from_json(Path(os.environ["QUITTANCE_VERIFY_WORLD"]).read_text(encoding="utf-8")))
