"""The municipality's time zone: receipts, Z-reports, the receipt year and "today" follow it,
whatever zone the device is set to. Times are still stored as UTC ISO 8601."""
from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.clock import parse_iso
from core.errors import QuittanceError

# Currencies used in one country with one time zone: the zone follows from the currency. The
# others (XOF, XAF, CDF, EUR, USD span several zones, CDF two within one country) default to UTC,
# and `init` says so: a wrong guess would print the wrong date on receipts near midnight.
_SINGLE_ZONE_CURRENCIES = {
    "GNF": "Africa/Conakry", "BIF": "Africa/Bujumbura", "RWF": "Africa/Kigali", "KMF": "Indian/Comoro",
    "DJF": "Africa/Djibouti", "MGA": "Indian/Antananarivo", "AOA": "Africa/Luanda", "MZN": "Africa/Maputo",
    "CVE": "Atlantic/Cape_Verde", "STN": "Africa/Sao_Tome", "NGN": "Africa/Lagos", "GHS": "Africa/Accra",
    "SLE": "Africa/Freetown", "LRD": "Africa/Monrovia", "GMD": "Africa/Banjul", "HTG": "America/Port-au-Prince",
}


def default_timezone(currency_code: str) -> str:
    return _SINGLE_ZONE_CURRENCIES.get((currency_code or "").upper(), "UTC")


def validate_timezone(name: str) -> str:
    """An IANA zone name such as Africa/Lubumbashi, as zoneinfo knows it."""
    text = (name or "").strip()
    try:
        if not text:
            raise ValueError(text)
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise QuittanceError("invalid_timezone", timezone=name) from None
    return text


def zone(name: str | None) -> tzinfo | None:
    """The zone named, or None for a database initialised before zones were stored: those keep
    the device's own zone, as they always did."""
    return ZoneInfo(name) if name else None


def local_moment(iso_text: str, name: str | None) -> datetime:
    return parse_iso(iso_text).astimezone(zone(name))


def in_zone(moment: datetime, name: str | None) -> datetime:
    return moment.astimezone(zone(name))
