"""`quittance sync` says how many census photos still wait and names those that cannot go."""
from __future__ import annotations

from sync.client.service import SyncResult


def test_the_command_line_says_the_photos_waiting_and_those_refused():
    from sync.client.cli import describe

    result = SyncResult(attachments_pending=2,
                        attachments_refused=[{"name": "0193-a.jpg", "code": "attachment_too_large"}])
    lines = describe(result, "pt", "https://recettes.kananga.example")
    assert "2 foto(s) ainda por enviar" in lines
    assert lines[-1].startswith("1 foto(s) não puderam ser enviadas") and lines[-1].endswith(": 0193-a.jpg")
