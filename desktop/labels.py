"""Display names for the codes the core stores (methods, object kinds, location sources...).

Written as literal `translate()` calls so lupdate extracts every one; looked up at display
time, so a language switch shows the new names at once."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_T = QCoreApplication.translate


def method_label(method: str) -> str:
    return {
        "cash": _T("Labels", "Cash"),
        "mobile_money": _T("Labels", "Mobile money"),
        "other": _T("Labels", "Other"),
    }.get(method, method)


def object_kind_label(kind: str) -> str:
    return {
        "property": _T("Labels", "Property (land, building)"),
        "business_premises": _T("Labels", "Business premises"),
        "market_stall": _T("Labels", "Market stall"),
        "vehicle": _T("Labels", "Vehicle"),
        "billboard": _T("Labels", "Billboard"),
        "other": _T("Labels", "Other"),
    }.get(kind, kind)


def location_source_label(source: str | None) -> str:
    return {
        "gps": _T("Labels", "Device GPS"),
        "external-gnss": _T("Labels", "External GNSS receiver"),
        "manual": _T("Labels", "Entered by hand"),
    }.get(source or "", source or "")


def taxpayer_kind_label(kind: str) -> str:
    return {"person": _T("Labels", "Person"), "business": _T("Labels", "Business")}.get(kind, kind)


def accuracy_basis_label(basis: str) -> str:
    return {
        "gst": _T("Labels", "from the receiver's error estimate (GST)"),
        "hdop": _T("Labels", "estimated from HDOP"),
        "system": _T("Labels", "reported by the system"),
    }.get(basis, basis)


def periodicity_label(periodicity: str) -> str:
    return {
        "annual": _T("Labels", "annual"),
        "monthly": _T("Labels", "monthly"),
        "daily": _T("Labels", "daily"),
        "one-off": _T("Labels", "one-off"),
    }.get(periodicity, periodicity)


def period_hint(periodicity: str) -> str:
    return {
        "annual": _T("Labels", "YYYY, e.g. 2026"),
        "monthly": _T("Labels", "YYYY-MM, e.g. 2026-03"),
        "daily": _T("Labels", "YYYY-MM-DD"),
        "one-off": _T("Labels", "a short code, e.g. 2026"),
    }.get(periodicity, "")
