"""The dashboard's figures as frames: one per chart, each with what its table shows (in the
supervisor's language) and what its CSV holds (stable column names, integer minor units, rates
as plain decimals), so the table and the export never say different things."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from core.money import format_money

RATE_VIEWS = ("zone", "agent", "tax", "day")


translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


@dataclass
class Frame:
    key: str  # rate_zone, rate_agent, rate_tax, rate_day, receipts, devices
    headers: list[str]  # translated
    columns: list[str]  # the CSV's header
    shown: list[list[str]] = field(default_factory=list)
    raw: list[list[Any]] = field(default_factory=list)
    numeric: set[int] = field(default_factory=set)  # columns aligned right
    chart: dict[str, Any] = field(default_factory=dict)  # what dashboard_charts draws


def percent(rate: float | None, lang: str) -> str:
    if rate is None:
        return "—"
    text = f"{rate * 100:.1f}"
    return text + "%" if lang == "en" else text.replace(".", ",") + ("\u202f%" if lang == "fr" else "%")


def ago(seconds: int | None) -> str:
    if seconds is None:
        return translate("SupervisorDashboard", "never")
    if seconds < 3600:
        return translate("SupervisorDashboard", "%1 min ago").replace("%1", str(seconds // 60))
    if seconds < 2 * 86400:
        return translate("SupervisorDashboard", "%1 h ago").replace("%1", str(seconds // 3600))
    return translate("SupervisorDashboard", "%1 days ago").replace("%1", str(seconds // 86400))


def _rates(key: str, rows: list[dict[str, Any]], label: Callable[[dict[str, Any]], str], id_columns: list[str],
           ids: Callable[[dict[str, Any]], list[Any]], money: Callable[[int], str], lang: str, currency: str,
           first_header: str) -> Frame:
    frame = Frame(key, [first_header, translate("SupervisorDashboard", "Assessed"),
                        translate("SupervisorDashboard", "Collected"),
                        translate("SupervisorDashboard", "Of which in these days"),
                        translate("SupervisorDashboard", "Rate")],
                  id_columns + ["assessed_minor", "collected_minor", "in_window_minor", "rate", "currency"],
                  numeric={1, 2, 3, 4})
    for row in rows:
        frame.shown.append([label(row), money(row["assessed"]), money(row["collected"]), money(row["in_window"]),
                            percent(row["rate"], lang)])
        frame.raw.append(ids(row) + [row["assessed"], row["collected"], row["in_window"],
                                     "" if row["rate"] is None else row["rate"], currency])
    frame.chart = {"kind": "rate_bars", "labels": [label(r) for r in rows],
                   "values": [None if r["rate"] is None else r["rate"] * 100 for r in rows]}
    return frame


def frames(data: dict[str, Any], lang: str, when: Callable[[str], str] = str) -> dict[str, Frame]:
    """Every frame of one dashboard answer (sync/server/dashboard_data.py); `when` writes a UTC time
    as the supervisor reads it."""
    currency = data.get("currency", "")

    def money(amount: int) -> str:
        return format_money(amount, currency, lang) if currency else str(amount)

    unknown = translate("SupervisorDashboard", "(not known to the server)")
    found = {
        "rate_zone": _rates("rate_zone", data["by_zone"], lambda r: f"{r['code']} {r['name']}".strip() or unknown,
                            ["zone_code", "zone_name"], lambda r: [r["code"], r["name"]], money, lang, currency,
                            translate("SupervisorDashboard", "Zone")),
        "rate_agent": _rates("rate_agent", data["by_agent"], lambda r: r["name"] or unknown, ["agent"],
                             lambda r: [r["name"]], money, lang, currency, translate("SupervisorDashboard", "Agent")),
        "rate_tax": _rates("rate_tax", data["by_tax"], lambda r: r["name"] or r["code"] or unknown,
                           ["tax_code", "tax_name"], lambda r: [r["code"], r["name"]], money, lang, currency,
                           translate("SupervisorDashboard", "Tax")),
    }
    zones = [(z["key"], z["code"] or unknown) for z in data["by_zone"]]
    day = Frame("rate_day", [translate("SupervisorDashboard", "Day"),
                             translate("SupervisorDashboard", "Collected that day"),
                             translate("SupervisorDashboard", "Collected to date"),
                             translate("SupervisorDashboard", "Rate")]
                + [translate("SupervisorDashboard", "Rate, %1").replace("%1", code) for _k, code in zones],
                ["day", "collected_minor", "cumulative_minor", "rate"] + [f"rate_{code}" for _k, code in zones],
                numeric=set(range(1, 4 + len(zones))))
    everywhere = translate("SupervisorDashboard", "All zones")
    lines: dict[str, list[float | None]] = {everywhere: []}
    lines.update({code: [] for _k, code in zones})
    for point in data["days"]["series"]:
        zone_rates = [point["by_zone"].get(k, {}).get("rate") for k, _c in zones]
        day.shown.append([point["day"], money(point["collected"]), money(point["cumulative"]),
                          percent(point["rate"], lang)] + [percent(r, lang) for r in zone_rates])
        day.raw.append([point["day"], point["collected"], point["cumulative"],
                        "" if point["rate"] is None else point["rate"]] + ["" if r is None else r for r in zone_rates])
        lines[everywhere].append(None if point["rate"] is None else point["rate"] * 100)
        for (_k, code), rate in zip(zones, zone_rates):
            lines[code].append(None if rate is None else rate * 100)
    day.chart = {"kind": "rate_lines", "days": [p["day"] for p in data["days"]["series"]], "lines": lines}
    found["rate_day"] = day

    receipts = Frame("receipts", [translate("SupervisorDashboard", "Agent"),
                                  translate("SupervisorDashboard", "Receipts"),
                                  translate("SupervisorDashboard", "Voids"),
                                  translate("SupervisorDashboard", "Amount not voided")],
                     ["agent", "receipts", "voids", "amount_minor", "currency"], numeric={1, 2, 3})
    for row in data["receipts_by_agent"]:
        receipts.shown.append([row["name"] or unknown, str(row["receipts"]), str(row["voids"]), money(row["amount"])])
        receipts.raw.append([row["name"], row["receipts"], row["voids"], row["amount"], currency])
    receipts.chart = {"kind": "count_bars", "labels": [r[0] for r in receipts.shown],
                      "sets": {receipts.headers[1]: [r["receipts"] for r in data["receipts_by_agent"]],
                               receipts.headers[2]: [r["voids"] for r in data["receipts_by_agent"]]}}
    found["receipts"] = receipts

    devices = Frame("devices", [translate("SupervisorDashboard", "Device"),
                                translate("SupervisorDashboard", "Agents"),
                                translate("SupervisorDashboard", "Last sync"),
                                translate("SupervisorDashboard", "How long ago"),
                                translate("SupervisorDashboard", "State")],
                    ["device", "agents", "last_sync_at", "age_s", "revoked_at"], numeric={3})
    revoked, active = translate("SupervisorDashboard", "revoked"), translate("SupervisorDashboard", "active")
    for row in data["devices"]:
        last = when(row["last_sync_at"]) if row["last_sync_at"] else "—"
        devices.shown.append([row["code"], ", ".join(row["agents"]), last, ago(row["age_s"]),
                              revoked if row["revoked_at"] else active])
        devices.raw.append([row["code"], "; ".join(row["agents"]), row["last_sync_at"] or "",
                            "" if row["age_s"] is None else row["age_s"], row["revoked_at"] or ""])
    found["devices"] = devices
    return found
