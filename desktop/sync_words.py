"""A sync in the agent's words: the result of one sync, what each record is, and why the server
set one aside. Refusals the core already words (revocation, a stopped stream, a clock off the
server's) come from its gettext catalogue, as the command line says them; the rest is the app's
own wording, translated with Qt."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.messages import translate as catalogue
from sync.client.service import SyncResult

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def event_label(event_type: str) -> str:
    """What a record is, for the per-record list (an unknown type is shown as it is)."""
    labels = {
        "payment.recorded": translate("SyncWords", "Payment"),
        "payment.voided": translate("SyncWords", "Void"),
        "receipt.printed": translate("SyncWords", "Receipt printed"),
        "taxpayer.registered": translate("SyncWords", "New taxpayer"),
        "taxpayer.updated": translate("SyncWords", "Taxpayer edited"),
        "taxable_object.added": translate("SyncWords", "Taxable object"),
        "taxable_object.shaped": translate("SyncWords", "Object outline"),
        "assessment.created": translate("SyncWords", "Assessment"),
        "session.opened": translate("SyncWords", "Session opened"),
        "session.closed": translate("SyncWords", "Session closed"),
        "device.initialised": translate("SyncWords", "Device set up"),
        "device.enrolled": translate("SyncWords", "Device enrolled"),
        "device.clock_confirmed": translate("SyncWords", "Clock confirmed"),
        "device.server_key_changed": translate("SyncWords", "Server key changed"),
        "submission.recorded": translate("SyncWords", "Census form"),
        "form.imported": translate("SyncWords", "Form imported"),
        "series.registered": translate("SyncWords", "Receipt series registered"),
    }
    return labels.get(event_type, event_type)


def status_label(status: str) -> str:
    return {"pending": translate("SyncWords", "Waiting"), "sent": translate("SyncWords", "Sent"), "quarantined": translate("SyncWords", "Refused")}.get(status, status)


def refusal_reason(code: str | None, reason: str | None) -> str:
    """Why the server set a record aside: the app's words for the codes it knows, else the server's."""
    known = {
        "zone_not_assigned": translate("SyncWords", "the agent is not assigned to this zone"),
        "agent_inactive": translate("SyncWords", "the agent was deactivated"),
        "agent_unknown": translate("SyncWords", "the server does not know this agent"),
        "object_unknown": translate("SyncWords", "the server does not hold the object whose outline was drawn"),
    }
    return known.get(code or "", reason or code or "")


def result_lines(result: SyncResult, lang: str, server: str) -> tuple[str, list[str]]:
    """(kind, lines): "success", "warning" or "error", and what to tell the agent."""
    lines = [translate("SyncWords", "Sent: %1 records. Received: %2.").replace("%1", str(result.pushed))
             .replace("%2", str(result.pulled))]
    if result.duplicates:
        lines.append(translate("SyncWords", "%1 were already on the server (sent again after a lost answer).")
                     .replace("%1", str(result.duplicates)))
    if result.pending:
        lines.append(translate("SyncWords", "Still to send: %1.").replace("%1", str(result.pending)))
    if result.attachments_pending:  # census photos still to go (sync/client/attachments.py)
        lines.append(catalogue("sync_attachments_pending", lang, count=result.attachments_pending) + ".")
    kind = "success"
    if result.attachments_refused:
        kind = "warning"
        lines.append(catalogue("sync_attachments_refused", lang, count=len(result.attachments_refused),
                               names=", ".join(r["name"] for r in result.attachments_refused[:3])))
    if result.quarantined:
        kind = "warning"
        lines.append(translate("SyncWords", "Refused by the server and kept aside for a supervisor: %1 (see the list below).")
                     .replace("%1", str(len(result.quarantined))))
    for conflict in (result.series or {}).get("conflicts", []):  # a server that changed its mind (core/series.py)
        kind = "warning"
        lines.append(catalogue("series_code_changed", lang, **conflict))
    refused, error = result.refused or {}, result.error or {}
    if result.revoked:
        kind = "error"
        lines.append(catalogue("sync_revoked", lang))
    elif refused.get("code", "").startswith("key_"):
        kind = "error"
        lines.append(catalogue("sync_key_refused", lang, code=refused["code"]))
    elif refused.get("code", "").startswith("page_"):
        kind = "error"
        lines.append(catalogue("sync_page_refused", lang, code=refused["code"]))
    elif refused:
        kind = "error"
        lines.append(catalogue("sync_refused", lang, code=refused.get("code", "?")))
    if error.get("code") == "unreachable":
        kind = "error"
        lines.append(translate("SyncWords", "The server %1 cannot be reached. Nothing is lost: the app tries again by itself, "
                         "and you can keep working.").replace("%1", server))
    elif error.get("code") == "unauthenticated":
        kind = "error"
        lines.append(catalogue("sync_unauthenticated", lang))
    elif error:
        kind = "error"
        lines.append(catalogue("sync_failed", lang, code=error.get("code", "?"), detail=error.get("message", "")))
    if result.clock_drift and result.clock_offset_s is not None:
        kind = "error" if kind == "error" else "warning"
        lines.append(catalogue("sync_clock_drift", lang, minutes=round(abs(result.clock_offset_s) / 60)))
    return kind, lines
