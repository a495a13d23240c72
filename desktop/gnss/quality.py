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


def grade(accuracy_m: float | None, has_fix: bool = True) -> str:
    """good | fair | poor | unknown (a fix whose accuracy nobody reported) | none (no fix)."""
    if not has_fix:
        return "none"
    if accuracy_m is None or not math.isfinite(accuracy_m) or accuracy_m <= 0:
        return "unknown"
    return "good" if accuracy_m <= GOOD_M else "fair" if accuracy_m <= FAIR_M else "poor"


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


def summary(accuracy_m: float | None, decimal, has_fix: bool = True) -> str:  # noqa: ANN001
    """"Good — ± 3.2 m", "Accuracy unknown", "No fix"."""
    code = grade(accuracy_m, has_fix)
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
