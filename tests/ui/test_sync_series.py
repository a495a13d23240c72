"""The Sync screen says so when the server answers another code for a receipt series this device
registered (issue 14, core/series.py): the code is kept, and the agent is told to warn a supervisor."""
from __future__ import annotations

import pytest

from tests.ui.sync_support import enroll_directly, server, use_server  # noqa: F401 (the fake server fixture)
from tests.ui.test_sync_screen import open_sync, sync_through_the_button

SAID = {
    "fr": "Le serveur a répondu le code WWWW3333 pour la série 2027, que cet appareil a enregistrée sous P3RT8WZA. "
          "Le code n'a pas été changé ; prévenez votre superviseur.",
    "en": "The server answered code WWWW3333 for series 2027, which this device registered as P3RT8WZA. "
          "The code was not changed; tell your supervisor.",
    "pt": "O servidor respondeu o código WWWW3333 para a série 2027, que este aparelho registou como P3RT8WZA. "
          "O código não foi alterado; avise o seu supervisor.",
}


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_a_series_code_the_server_changed_is_a_warning_on_the_sync_screen(qtbot, logged_in, demo_ledger, server,
                                                                         language, tmp_path):
    main = logged_in
    main.set_language(language)
    main.resize(1024, 600)
    server.series = [{"year": 2027, "code": "P3RT8WZA", "registered_at": "2026-11-30T08:00:00.000Z"}]
    enroll_directly(demo_ledger, server)
    server.series[0] = {"year": 2027, "code": "WWWW3333", "registered_at": "2026-12-01T08:00:00.000Z"}
    use_server(qtbot, main, server.transport())
    view = open_sync(qtbot, main)
    result = sync_through_the_button(qtbot, main)
    assert result.ok and result.series["conflicts"]
    assert SAID[language] in view.result.text()
    with demo_ledger.store.read() as conn:
        assert conn.execute("SELECT code FROM receipt_series WHERE year = 2027").fetchone()[0] == "P3RT8WZA"
    corner = view.result.mapTo(main, view.result.rect().bottomRight())
    assert corner.x() <= main.width()
    main.grab().save(str(tmp_path / f"sync-series-{language}.png"))
