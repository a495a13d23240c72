"""The transparency log on the public pages (SQLite and PostgreSQL): the receipt page shows the
receipt's entry and its inclusion proof against the latest checkpoint, in the reader's language,
and gives it as a file that verifies with core/merkle and core/checkpoint alone; the open-data
page shows the latest checkpoint."""
from __future__ import annotations

import base64
import json
import re

from sqlalchemy import update

from core import checkpoint as cp
from core import merkle
from core.canonical import canonical_json
from core.envelope import chain_hash
from sync.server import tlog_checkpoints
from sync.server.schema import events
from sync.server.serverkey import read_private
from tests.server.support import enrolled_device, push_all, record_sale
from tests.server.test_verify_page import visible_text


def _sign_checkpoint(server) -> None:  # noqa: ANN001
    with server.engine.begin() as conn:
        tlog_checkpoints.make(conn, read_private(server.settings.key_path))


def _synced_payment(server, tmp_path):  # noqa: ANN001, ANN202
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger, name="Mukendi Kasongo Jean", amount=120_000)
    _taxpayer, payment = record_sale(ledger, amount=750_000)
    push_all(server, token, ledger)
    return payment


def test_the_receipt_page_shows_a_verified_inclusion_proof_and_the_file_verifies_offline(server, tmp_path):
    payment = _synced_payment(server, tmp_path)
    pending = visible_text(server.client.get(f"/v/{payment.token}").text)
    assert "Journal public de transparence" in pending and "le prochain point de contrôle signé" in pending
    _sign_checkpoint(server)
    page = server.client.get(f"/v/{payment.token}")
    shown = visible_text(page.text)
    assert re.search(r"Le paiement de ce reçu est l'entrée \d+ du journal\.", shown)
    assert "Sa preuve d'inclusion dans le dernier point de contrôle" in shown and "est valide" in shown
    english = visible_text(server.client.get(f"/v/{payment.token}", params={"lang": "en"}).text)
    assert "Its inclusion proof against the latest checkpoint" in english and "verifies" in english
    assert "SHA-256 of the byte 0x00" in english
    portuguese = visible_text(server.client.get(f"/v/{payment.token}", params={"lang": "pt"}).text)
    assert "Registo público de transparência" in portuguese

    href = re.search(r'href="([^"]+/log\.json)" download', page.text).group(1)
    download = server.client.get(f"/v/{href}")
    assert download.status_code == 200 and "attachment" in download.headers["content-disposition"]
    bundle = download.json()
    # What a citizen does offline with the file and the log's published key.
    head = cp.open_checkpoint(bundle["checkpoint"], cp.parse_vkey(server.client.get("/api/v1/log/key").json()["vkey"]))
    event_hash = chain_hash(bundle["prev_hash"], bundle["payload"])
    claims = json.loads(bundle["payload"])["data"]
    assert claims["receipt_no"] == payment.receipt_no and claims["amount"] == 750_000
    merkle.verify_inclusion(merkle.leaf_hash(bytes.fromhex(event_hash)), bundle["leaf_index"], head.size,
                            [base64.b64decode(p) for p in bundle["proof"]], head.root)
    assert server.client.get("/v/Q2.bogus.token/log.json").status_code == 404


def test_an_edited_payment_shows_a_failed_proof_on_its_page(server, tmp_path):
    payment = _synced_payment(server, tmp_path)
    _sign_checkpoint(server)
    with server.engine.begin() as conn:
        row = conn.execute(events.select().where(events.c.type == "payment.recorded")
                           .order_by(events.c.seq.desc()).limit(1)).mappings().one()
        payload = json.loads(row["payload"])
        payload["data"]["method"] = "mobile_money"  # the token's claims still match: only the log sees it
        conn.execute(update(events).where(events.c.device_id == row["device_id"], events.c.seq == row["seq"])
                     .values(payload=canonical_json(payload)))
    shown = visible_text(server.client.get(f"/v/{payment.token}").text)
    assert "n'est PAS valide" in shown and "le journal ou ce paiement a été modifié" in shown


def test_the_open_data_page_shows_the_latest_checkpoint(server, tmp_path):
    assert "Aucun point de contrôle n'a encore été signé." in visible_text(server.client.get("/open-data").text)
    _synced_payment(server, tmp_path)
    _sign_checkpoint(server)
    page = server.client.get("/open-data", params={"lang": "en"})
    shown = visible_text(page.text)
    note = server.client.get("/api/v1/log/checkpoint").text
    size = note.split("\n")[1]
    assert f"Latest checkpoint: {size} entries" in shown
    assert note.split("\n")[2] in page.text  # the root hash, as signed
    assert 'href="api/v1/log/checkpoints"' in page.text and "mairie.example/quittance-log+" in shown
