"""Regenerate resources/demo/kananga.nmea: a receiver switched on near Kananga's central market.

The first epochs come from GPS satellites alone ($GP..., no GST, accuracy from HDOP); once
GLONASS and Galileo are tracked the receiver talks as GN and sends GST, whose error estimate
shrinks as the fix converges, as a u-blox M8-class receiver does. Run:
    python tests/ui/data/make_kananga_nmea.py > resources/demo/kananga.nmea"""
from __future__ import annotations

import random
from functools import reduce

LAT, LON = -5.89620, 22.41710  # Kananga, near the central market
ALTITUDE = 637.4  # metres above mean sea level
GEOID = 19.8


def sentence(body: str) -> str:
    return f"${body}*{reduce(lambda acc, c: acc ^ ord(c), body, 0):02X}"


def dm(value: float, degree_digits: int) -> tuple[str, str]:
    hemisphere_pos, hemisphere_neg = ("N", "S") if degree_digits == 2 else ("E", "W")
    magnitude = abs(value)
    degrees = int(magnitude)
    minutes = (magnitude - degrees) * 60
    return f"{degrees:0{degree_digits}d}{minutes:07.4f}", hemisphere_pos if value >= 0 else hemisphere_neg


def main() -> None:
    rng = random.Random(2026)
    lines = []
    for epoch in range(32):
        seconds = 14 * 3600 + 31 * 60 + 5 + epoch
        stamp = f"{seconds // 3600:02d}{seconds // 60 % 60:02d}{seconds % 60:02d}.00"
        multi = epoch >= 6
        sigma = max(1.3, 7.5 * 0.86 ** (epoch - 6)) if multi else 9.0
        lat = LAT + rng.gauss(0, sigma) / 111_320
        lon = LON + rng.gauss(0, sigma) / 110_800
        lat_text, ns = dm(lat, 2)
        lon_text, ew = dm(lon, 3)
        talker = "GN" if multi else "GP"
        satellites = 5 + min(epoch, 2) if not multi else 14 + min(epoch - 6, 6)
        hdop = 3.9 - 0.3 * epoch if not multi else max(0.6, 1.6 - 0.05 * (epoch - 6))
        lines.append(sentence(f"{talker}RMC,{stamp},A,{lat_text},{ns},{lon_text},{ew},0.02,,221126,,,A"))
        lines.append(sentence(f"{talker}GGA,{stamp},{lat_text},{ns},{lon_text},{ew},1,{satellites:02d},{hdop:.1f},"
                              f"{ALTITUDE + rng.gauss(0, sigma * 1.5):.1f},M,{GEOID:.1f},M,,"))
        if multi:
            lines.append(sentence(f"GNGSA,A,3,02,05,12,13,15,18,20,25,29,,,,{hdop * 1.7:.1f},{hdop:.1f},"
                                  f"{hdop * 1.4:.1f}"))
            lines.append(sentence("GLGSV,2,1,06,65,34,041,38,66,71,312,42,72,22,123,33,74,15,278,29"))
            lines.append(sentence("GLGSV,2,2,06,81,48,190,40,82,57,102,41"))
            smaj, smin = sigma * 1.25, sigma * 0.8
            lines.append(sentence(f"GNGST,{stamp},{sigma * 2.2:.1f},{smaj:.1f},{smin:.1f},35.0,"
                                  f"{sigma * rng.uniform(0.9, 1.05):.1f},{sigma * rng.uniform(0.85, 1.0):.1f},"
                                  f"{sigma * 1.6:.1f}"))
        else:
            lines.append(sentence("GPGSV,2,1,07,02,45,063,36,05,62,225,41,12,30,301,33,13,18,141,28"))
            lines.append(sentence("GPGSV,2,2,07,15,51,020,39,18,11,244,24,25,38,170,35"))
    print("\r\n".join(lines), end="\r\n")


if __name__ == "__main__":
    main()
