"""The alert queue's words: each alert and waiting void said in the supervisor's language from
the facts the server sends (kind, device, days, minutes, event number), never from its English
`what`, so that no English shows in a French or Portuguese screen."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from core.money import format_money
from desktop.supervisor.context import server_time

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls
CONTEXT = "SupervisorAlerts"


def when(moment: str | None, timezone: str | None = None) -> str:
    """A server time (UTC ISO) on the municipality's clock, as every other screen shows times."""
    return server_time(moment, timezone)


def alert_title(alert: dict[str, Any]) -> str:
    kind, facts = alert["kind"], alert.get("facts") or {}
    titles = {
        "chain_broken": lambda: translate("SupervisorAlerts", "Broken chain: an event was changed or removed"),
        "fork": lambda: translate("SupervisorAlerts", "Fork: another event under a number already received"),
        "bad_signature": lambda: translate("SupervisorAlerts", "Bad signature: not signed with this device's key"),
        "seq_gap": lambda: translate("SupervisorAlerts", "Events missing from what the device sent"),
        "payload_invalid": lambda: translate("SupervisorAlerts", "An event the server cannot read"),
        "wrong_device": lambda: translate("SupervisorAlerts", "Events of another device sent with this one's token"),
        "no_sync": lambda: translate("SupervisorAlerts", "No sync for %1 days").replace("%1", str(facts.get("days", "?"))),
    }
    if kind == "clock_drift":
        minutes = str(facts.get("minutes", "?"))
        if facts.get("direction") == "ahead":
            return translate("SupervisorAlerts", "Clock ahead by at least %1 min").replace("%1", minutes)
        return translate("SupervisorAlerts", "Clock possibly behind by up to %1 min").replace("%1", minutes)
    make = titles.get(kind)
    return make() if make else kind


def alert_detail(alert: dict[str, Any], timezone: str | None = None) -> str:
    kind, facts = alert["kind"], alert.get("facts") or {}
    if kind == "no_sync":
        if facts.get("last_sync_at"):
            return translate("SupervisorAlerts", "Last sync: %1.").replace("%1", when(facts["last_sync_at"], timezone))
        return translate("SupervisorAlerts", "Never synced since its enrollment (%1).").replace("%1", when(alert["when"], timezone))
    if kind == "clock_drift":
        if facts.get("direction") == "ahead":
            return translate("SupervisorAlerts", "Its events are dated after they reached the server. Since %1.") \
                .replace("%1", when(facts.get("since"), timezone))
        return translate("SupervisorAlerts", "No event reached the server sooner after it was recorded; or the "
                                             "device syncs long after recording. Since %1.") \
            .replace("%1", when(facts.get("since"), timezone))
    text = translate("SupervisorAlerts", "Refused at event %1, %2.").replace("%1", str(facts.get("seq") or "?")) \
        .replace("%2", when(alert["when"], timezone))
    if alert.get("device_stopped"):
        text += " " + translate("SupervisorAlerts", "Its syncs are stopped until you decide.")
    return text


def who(item: dict[str, Any]) -> str:
    agents = item.get("agents")
    names = ", ".join(agents) if isinstance(agents, list) else (item.get("agent") or "")
    device = item.get("device") or "?"
    if names:
        return translate("SupervisorAlerts", "Device %1 · %2").replace("%1", device).replace("%2", names)
    return translate("SupervisorAlerts", "Device %1").replace("%1", device)


def action_label(action: str) -> str:
    return {"acknowledge": lambda: translate("SupervisorAlerts", "Acknowledge"),
            "revoke": lambda: translate("SupervisorAlerts", "Revoke the device"),
            "resume": lambda: translate("SupervisorAlerts", "Let it sync again"),
            "approve": lambda: translate("SupervisorAlerts", "Approve the void"),
            "reject": lambda: translate("SupervisorAlerts", "Reject the void")}.get(action, lambda: action)()


def action_explained(action: str) -> str:
    """What the action does, said in the reason dialog before the supervisor confirms."""
    return {
        "acknowledge": lambda: translate("SupervisorAlerts", "The alert leaves the queue; nothing else changes."),
        "revoke": lambda: translate("SupervisorAlerts", "The device's token is refused from now on: it can no longer "
                                                        "sync. What it holds stays on it."),
        "resume": lambda: translate("SupervisorAlerts", "The device may send again. If the fault is still there, "
                                                        "it is refused and raises a new alert."),
        "approve": lambda: translate("SupervisorAlerts", "The receipt counts as voided from now on: it is no longer "
                                                         "proof of payment and its cash is no longer expected."),
        "reject": lambda: translate("SupervisorAlerts", "The receipt stands: it still proves the payment and its "
                                                        "cash is expected from the agent."),
    }.get(action, lambda: "")()


def void_title(void: dict[str, Any], language: str) -> str:
    amount = format_money(int(void["amount"]), void["currency"], language)
    return translate("SupervisorAlerts", "Receipt %1 · %2").replace("%1", void["receipt_no"]).replace("%2", amount)


def void_detail(void: dict[str, Any], timezone: str | None = None) -> str:
    why = []
    if "closed_session" in void.get("why", []):
        why.append(translate("SupervisorAlerts", "its cash session was closed before the void"))
    if "older_than_a_day" in void.get("why", []):
        why.append(translate("SupervisorAlerts", "voided more than a day after the payment"))
    reason = void.get("reason") or "—"
    return (translate("SupervisorAlerts", "Reason given: %1").replace("%1", reason) + "\n"
            + translate("SupervisorAlerts", "Voided %1; waits because %2.").replace("%1", when(void.get("voided_at"), timezone))
            .replace("%2", "; ".join(why)))
