"""The receiver's figures behind a fix, for the agent (or the trainer) who asks for details:
accuracy and how it was obtained, HDOP, satellites, fix type, age, coordinates. A figure the
receiver did not give, or gave as nonsense (a negative, NaN or infinite HDOP), says so."""
from __future__ import annotations

import math
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication

from desktop.gnss.capture import Fix
from desktop.gnss.quality import fix_type_label, metres
from desktop.labels import accuracy_basis_label

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def details_text(fix: Fix, decimal: Callable[[float], str], live: bool = True) -> str:
    missing = translate("GnssDetails", "not reported")
    accuracy = (metres(fix.accuracy_m, decimal) if fix.accuracy_m else translate("GnssDetails", "unknown"))
    hdop = decimal(fix.hdop) if fix.hdop is not None and math.isfinite(fix.hdop) and fix.hdop > 0 else missing
    lines = [
        translate("GnssDetails", "Accuracy: %1, %2").replace("%1", accuracy).replace(
            "%2", accuracy_basis_label(fix.basis)),
        translate("GnssDetails", "HDOP: %1").replace("%1", hdop),
        translate("GnssDetails", "Satellites in use: %1").replace(
            "%1", str(fix.satellites) if fix.satellites is not None else missing),
        translate("GnssDetails", "Fix type: %1").replace("%1", fix_type_label(fix.quality, fix.mode) or missing),
    ]
    if live:
        age = max(0, int(time.monotonic() - fix.received_at))
        lines.append(translate("GnssDetails", "Age of the fix: %1 s").replace("%1", str(age)))
    lines.append(translate("GnssDetails", "Coordinates: %1, %2").replace("%1", f"{fix.latitude:.6f}")
                 .replace("%2", f"{fix.longitude:.6f}"))
    return "\n".join(lines)
