"""Display names for the codes the core stores (methods, object kinds, location sources...).

Written as literal `translate()` calls so lupdate extracts every one; looked up at display
time, so a language switch shows the new names at once."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def method_label(method: str) -> str:
    return {
        "cash": translate("Labels", "Cash"),
        "mobile_money": translate("Labels", "Mobile money"),
        "other": translate("Labels", "Other"),
    }.get(method, method)


def object_kind_label(kind: str) -> str:
    return {
        "property": translate("Labels", "Property (land, building)"),
        "business_premises": translate("Labels", "Business premises"),
        "market_stall": translate("Labels", "Market stall"),
        "vehicle": translate("Labels", "Vehicle"),
        "billboard": translate("Labels", "Billboard"),
        "other": translate("Labels", "Other"),
    }.get(kind, kind)


def location_source_label(source: str | None) -> str:
    return {
        "gps": translate("Labels", "Device GPS"),
        "external-gnss": translate("Labels", "External GNSS receiver"),
        "manual": translate("Labels", "Entered by hand"),
    }.get(source or "", source or "")


def taxpayer_kind_label(kind: str) -> str:
    return {"person": translate("Labels", "Person"), "business": translate("Labels", "Business")}.get(kind, kind)


def accuracy_basis_label(basis: str) -> str:
    return {
        "gst": translate("Labels", "from the receiver's error estimate (GST)"),
        "hdop": translate("Labels", "estimated from HDOP"),
        "system": translate("Labels", "reported by the system"),
        "unknown": translate("Labels", "not reported by the receiver"),
    }.get(basis, basis)


def periodicity_label(periodicity: str) -> str:
    return {
        "annual": translate("Labels", "annual"),
        "monthly": translate("Labels", "monthly"),
        "daily": translate("Labels", "daily"),
        "one-off": translate("Labels", "one-off"),
    }.get(periodicity, periodicity)


def period_hint(periodicity: str) -> str:
    return {
        "annual": translate("Labels", "YYYY, e.g. 2026"),
        "monthly": translate("Labels", "YYYY-MM, e.g. 2026-03"),
        "daily": translate("Labels", "YYYY-MM-DD"),
        "one-off": translate("Labels", "a short code, e.g. 2026"),
    }.get(periodicity, "")
