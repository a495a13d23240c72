"""Point averaging: N fixes of one point into one position and an honest spread.

Why: a single consumer fix wanders by metres from second to second; the mean of a few dozen
seconds is steadier, and the fixes' own scatter says how steady.

How (documented, and tested against values computed independently in tests/unit):
1. Each fix becomes east/north metres from the fixes' component-wise median, on the WGS84
   ellipsoid's local radii of curvature at that latitude (meridian M and prime vertical N); over
   a few hundred metres the flattening error is far below a millimetre.
2. Outliers: a fix farther from the median point than OUTLIER_FACTOR x the median of those
   distances is discarded. For a round 2D normal scatter the distance follows a Rayleigh law whose
   median is 1.1774 sigma, so the cut is at about 3.5 sigma (0.2 % of good fixes lost), while a
   multipath jump of tens of metres is always out. The median is not pulled by the outliers
   themselves, unlike the mean and standard deviation. A floor (MIN_CUT_M) keeps an RTK-fixed
   cluster of identical fixes from discarding a fix 1 mm away.
3. The kept fixes' mean is the position; the accuracy is their horizontal standard deviation
   sqrt(sum(dE^2 + dN^2) / (n - 1)) about the mean, in metres (sample, n - 1). With fewer than
   two fixes kept, or fixes all within a centimetre (a receiver repeating a held position), the
   scatter says nothing: the median of the fixes' own accuracies is used instead."""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import Sequence

from core.gnss_fixes import EpochFix

DEFAULT_COUNT = 10  # fixes per averaged point, the `gps` setting `average_count`
OUTLIER_FACTOR = 3.0
MIN_CUT_M = 0.05
DEGENERATE_M = 0.01  # fixes scattered less than this were not measured independently
_A = 6378137.0  # WGS84 semi-major axis, metres
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)


def radii(latitude: float) -> tuple[float, float]:
    """(M, N): the meridian and prime-vertical radii of curvature of WGS84 at `latitude`, metres."""
    s = math.sin(math.radians(latitude))
    w = math.sqrt(1 - _E2 * s * s)
    return _A * (1 - _E2) / w ** 3, _A / w


@dataclass(frozen=True)
class AveragedPoint:
    latitude: float
    longitude: float
    accuracy_m: float | None  # horizontal standard deviation of the kept fixes
    used: int
    discarded: int
    cut_m: float  # the outlier distance applied

    def as_dict(self) -> dict:
        return {"latitude": self.latitude, "longitude": self.longitude, "accuracy_m": self.accuracy_m,
                "used": self.used, "discarded": self.discarded, "outlier_cut_m": self.cut_m}


def average(points: Sequence[tuple[float, float]], single_accuracy: float | None = None) -> AveragedPoint:
    """Average (latitude, longitude) pairs as the module's docstring says; `single_accuracy` is
    the fixes' own accuracy, used when their scatter says nothing."""
    if not points:
        raise ValueError("no fix to average")
    lat0 = statistics.median(p[0] for p in points)
    lon0 = statistics.median(p[1] for p in points)
    m, n = radii(lat0)
    k_north, k_east = math.pi / 180 * m, math.pi / 180 * n * math.cos(math.radians(lat0))
    offsets = [((lon - lon0) * k_east, (lat - lat0) * k_north) for lat, lon in points]
    distances = [math.hypot(e, nn) for e, nn in offsets]
    cut = max(MIN_CUT_M, OUTLIER_FACTOR * statistics.median(distances))
    kept = [o for o, d in zip(offsets, distances) if d <= cut]
    mean_e = sum(o[0] for o in kept) / len(kept)
    mean_n = sum(o[1] for o in kept) / len(kept)
    spread = None
    if len(kept) >= 2:
        spread = math.sqrt(sum((e - mean_e) ** 2 + (nn - mean_n) ** 2 for e, nn in kept) / (len(kept) - 1))
    if spread is None or spread < DEGENERATE_M:
        spread = single_accuracy
    return AveragedPoint(round(lat0 + mean_n / k_north, 8), round(lon0 + mean_e / k_east, 8),
                         round(spread, 3) if spread is not None else None,
                         len(kept), len(points) - len(kept), round(cut, 3))


class PointAverager:
    """Collects fixes until it has `count`; fixes without a position are not counted."""

    def __init__(self, count: int = DEFAULT_COUNT) -> None:
        if count < 1:
            raise ValueError("count must be at least 1")
        self.count = count
        self.fixes: list[EpochFix] = []

    def add(self, fix: EpochFix) -> bool:
        """Take a fix; True once `count` fixes are in."""
        if fix.has_fix and len(self.fixes) < self.count:
            self.fixes.append(fix)
        return self.done

    def add_point(self, latitude: float, longitude: float, accuracy_m: float | None = None) -> bool:
        """The same for a position from elsewhere (the app's Qt capture)."""
        return self.add(EpochFix("", "3d", latitude, longitude, accuracy_m))

    @property
    def done(self) -> bool:
        return len(self.fixes) >= self.count

    def result(self) -> AveragedPoint:
        own = [f.accuracy_m for f in self.fixes if f.accuracy_m is not None]
        return average([(f.latitude, f.longitude) for f in self.fixes], statistics.median(own) if own else None)
