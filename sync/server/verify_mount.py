"""The public verification page (verify_page.py) mounted in the server over its own database."""
from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import Engine

from sync.server.serverkey import KeyFile
from sync.server.settings import Settings
from sync.server.tlog_receipt import receipt_bundle
from sync.server.verify_attestation import make_attestation_router
from sync.server.verify_db import DatabaseDeviceKeys, DatabaseMunicipality, DatabaseRateLimiter, DatabaseReceipts
from sync.server.verify_page import make_verify_router


def mount_verification(app: FastAPI, engine: Engine, settings: Settings) -> None:
    """`/v/…` and `/api/v1/receipts/verify` over the receipts, devices and rate-limit tables."""
    municipality = DatabaseMunicipality(engine)
    key = KeyFile(settings.key_path)
    router = make_verify_router(DatabaseReceipts(engine, municipality), municipality, DatabaseDeviceKeys(engine),
                                DatabaseRateLimiter(engine, settings.verify_attempts, settings.verify_window_s),
                                lambda number: receipt_bundle(engine, number, key.public))
    app.include_router(router)
    app.include_router(make_attestation_router(engine, municipality))  # /v/a/…: payment attestations
