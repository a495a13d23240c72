"""What a position fix is worth, in words an agent reads at a glance: an accuracy in metres with
a plain grade (good, fair, poor, no fix), and the receiver's own figures (HDOP, satellites, fix
type, age) only for whoever asks for them.

Grades, for the 95 % horizontal accuracy the capture computes (GST, or 2 x HDOP x UERE):
good up to 5 m (the plot or the stall is unambiguous), fair up to 15 m (the right building on a
street), poor above that; no fix while the receiver has no position at all."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from desktop import theme

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls

GOOD_M = 5.0
FAIR_M = 15.0


def grade(accuracy_m: float | None, has_fix: bool = True, good_m: float = GOOD_M, fair_m: float = FAIR_M) -> str:
    """good | fair | poor | unknown (a fix whose accuracy nobody reported) | none (no fix).
    `good_m` and `fair_m` are the municipality's classes (the `gps` setting's good_m / fair_m)."""
    if not has_fix:
        return "none"
    if accuracy_m is None or not math.isfinite(accuracy_m) or accuracy_m <= 0:
        return "unknown"
    return "good" if accuracy_m <= good_m else "fair" if accuracy_m <= fair_m else "poor"


def classes(settings: dict) -> tuple[float, float]:
    """(good_m, fair_m) from the `gps` setting, the defaults when missing or not sensible."""
    try:
        good, fair = float(settings.get("good_m", GOOD_M)), float(settings.get("fair_m", FAIR_M))
    except (TypeError, ValueError):
        return GOOD_M, FAIR_M
    if not (math.isfinite(good) and math.isfinite(fair) and 0 < good <= fair):
        return GOOD_M, FAIR_M
    return good, fair


def grade_word(grade_code: str) -> str:
    return {
        "good": translate("GnssQuality", "Good"),
        "fair": translate("GnssQuality", "Fair"),
        "poor": translate("GnssQuality", "Poor"),
        "unknown": translate("GnssQuality", "Accuracy unknown"),
        "none": translate("GnssQuality", "No fix"),
    }[grade_code]


def grade_colour(grade_code: str) -> str:
    return {"good": theme.OK, "fair": theme.WARN_INK, "poor": theme.DANGER}.get(grade_code, theme.MUTED)


def metres(accuracy_m: float, decimal) -> str:  # noqa: ANN001 - the context's number formatter
    return translate("GnssQuality", "± %1 m").replace("%1", decimal(accuracy_m))


def summary(accuracy_m: float | None, decimal, has_fix: bool = True,  # noqa: ANN001
            limits: tuple[float, float] = (GOOD_M, FAIR_M)) -> str:
    """"Good — ± 3.2 m", "Accuracy unknown", "No fix"."""
    code = grade(accuracy_m, has_fix, *limits)
    if code in ("unknown", "none"):
        return grade_word(code)
    return translate("GnssQuality", "%1 — %2").replace("%1", grade_word(code)).replace(
        "%2", metres(accuracy_m, decimal))


def fix_type_label(quality: str | None, mode: str | None) -> str | None:
    """GGA's fix quality and GSA's 2D/3D mode, in words; None when the receiver said neither."""
    kind = {
        "1": translate("GnssQuality", "GPS"),
        "2": translate("GnssQuality", "differential GPS"),
        "3": translate("GnssQuality", "PPS"),
        "4": translate("GnssQuality", "RTK fixed"),
        "5": translate("GnssQuality", "RTK float"),
    }.get(quality or "")
    parts = [part for part in (kind, mode) if part]
    return ", ".join(parts) if parts else None


def fix_type_word(code: str | None) -> str | None:
    """core.nmea.FIX_TYPES in words; None when the receiver did not say."""
    return {
        "none": translate("GnssQuality", "no fix"),
        "2d": translate("GnssQuality", "2D"),
        "3d": translate("GnssQuality", "3D"),
        "dgps": translate("GnssQuality", "DGPS"),
        "rtk_float": translate("GnssQuality", "RTK float"),
        "rtk_fixed": translate("GnssQuality", "RTK fixed"),
    }.get(code or "")


def status_line(fix, decimal) -> str:  # noqa: ANN001 - capture.Fix and the context's number formatter
    """The receiver's status at a glance: "RTK fixed · satellites 12 / 18 · HDOP 0.8"; figures the
    receiver did not send are left out."""
    parts = []
    kind = fix_type_word(fix.fix_type) or fix_type_label(fix.quality, fix.mode)
    if kind:
        parts.append(kind)
    if fix.satellites is not None and fix.satellites_in_view is not None:
        parts.append(translate("GnssQuality", "satellites %1 in use / %2 in view")
                     .replace("%1", str(fix.satellites)).replace("%2", str(fix.satellites_in_view)))
    elif fix.satellites is not None:
        parts.append(translate("GnssQuality", "satellites %1 in use").replace("%1", str(fix.satellites)))
    if fix.hdop is not None and math.isfinite(fix.hdop) and fix.hdop > 0:
        parts.append(translate("GnssQuality", "HDOP %1").replace("%1", decimal(fix.hdop)))
    return " · ".join(parts)
