"""Server times on the supervisor's screens are on the municipality's clock, as the agent's
screens and the dashboard show them (the alert queue used to show UTC, two hours off in Kananga)."""
from desktop.supervisor import alerts_words
from desktop.supervisor.context import server_time

KANANGA = "Africa/Lubumbashi"  # UTC+2 all year


def test_a_waiting_void_says_when_it_was_voided_on_the_municipality_clock():
    void = {"why": ["older_than_a_day"], "reason": "erreur de taxe", "voided_at": "2026-11-24T22:05:00Z"}
    detail = alerts_words.void_detail(void, KANANGA)
    assert "Voided 25/11/2026 00:05;" in detail  # past midnight in Kananga: the next day


def test_a_silent_device_says_its_last_sync_on_the_municipality_clock():
    alert = {"kind": "no_sync", "when": "2026-11-20T08:00:00Z", "facts": {"last_sync_at": "2026-11-19T07:30:00Z"}}
    assert alerts_words.alert_detail(alert, KANANGA) == "Last sync: 19/11/2026 09:30."


def test_no_time_and_a_garbled_time_are_shown_as_they_are():
    assert server_time(None, KANANGA, "never") == "never"
    assert server_time("yesterday", KANANGA) == "yesterday"
