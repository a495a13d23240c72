"""Regenerate the receiver logs in tests/ui/data/receivers/: four receivers' NMEA dialects, each
switched on without a fix (cold start), searching for a while, then acquiring one.

What each dialect does while searching, as the receivers' manuals describe it:
- u-blox M8/F9 (NMEA 4.10, GN talker, GA/GB satellites): empty fields, `V` and `N` mode flags,
  HDOP 99.99, and $PUBX,00 position records with navigation status NF (no fix).
- MediaTek MT3339 (GP talker): a default time and date (235947.799, 050180) until the first
  satellite gives the time, $PMTK boot messages, empty coordinates, quality 0.
- SiRFstar IV (GP talker, NMEA 3.0): zero coordinates 0000.0000,N,00000.0000,E with quality 0 and
  status V, then its last known position with status V, and $PSRF messages.
- SkyTraq Venus 8 (GP/GN/BD talkers): the placeholder 8960.000000,N,00000.000000,E (latitude
  "89 degrees 60 minutes") with quality 0, and $PSTI messages; one sentence cut short and one
  with a wrong checksum, as a Bluetooth link drops bytes.
Run:  python tests/ui/data/make_receiver_logs.py   (writes the four .nmea files)"""
from __future__ import annotations

from functools import reduce
from pathlib import Path

OUT = Path(__file__).parent / "receivers"

# Where each receiver acquires its fix: (latitude, longitude), one per hemisphere pair.
PLACES = {
    "ublox": (-5.896200, 22.417100),     # Kananga
    "mediatek": (-11.660900, 27.479400),  # Lubumbashi
    "sirf": (-8.838300, 13.234400),      # Luanda
    "skytraq": (5.336400, -4.026700),    # Abidjan: north and west
}
FIRST_FIX = {"ublox": "101506.00", "mediatek": "101512.000", "sirf": "101523.000", "skytraq": "101534.000"}


def s(body: str) -> str:
    return f"${body}*{reduce(lambda acc, c: acc ^ ord(c), body, 0):02X}"


def dm(value: float, degree_digits: int, decimals: int) -> tuple[str, str]:
    hemispheres = ("N", "S") if degree_digits == 2 else ("E", "W")
    magnitude = abs(value)
    degrees = int(magnitude)
    minutes = (magnitude - degrees) * 60
    return f"{degrees:0{degree_digits}d}{minutes:0{3 + decimals}.{decimals}f}", hemispheres[value < 0]


def pos(name: str, decimals: int, jitter: float = 0.0) -> str:
    lat, lon = PLACES[name]
    la, ns = dm(lat + jitter, 2, decimals)
    lo, ew = dm(lon - jitter, 3, decimals)
    return f"{la},{ns},{lo},{ew}"


def stamp(seconds: int, fraction: str) -> str:
    return f"{seconds // 3600:02d}{seconds // 60 % 60:02d}{seconds % 60:02d}{fraction}"


def ublox() -> list[str]:
    lines = [s("GNRMC,,V,,,,,,,,,,N"), s("GNVTG,,,,,,,,,N"), s("GNGGA,,,,,,0,00,99.99,,,,,,"),
             s("GNGSA,A,1,,,,,,,,,,,,,99.99,99.99,99.99"), s("GNGSA,A,1,,,,,,,,,,,,,99.99,99.99,99.99"),
             s("GPGSV,1,1,00"), s("GLGSV,1,1,00"), s("GNGLL,,,,,,V,N"),
             s("PUBX,00,,0000.00000,N,00000.00000,E,0.000,NF,0,0,0.000,0.00,0.000,,99.99,99.99,99.99,0,0,0")]
    start = 10 * 3600 + 15 * 60
    for i in range(6):  # searching: the time is known, the position is not
        t = stamp(start + i, ".00")
        lines += [s(f"GNRMC,{t},V,,,,,,,221126,,,N"), s("GNVTG,,,,,,,,,N"),
                  s(f"GNGGA,{t},,,,,0,0{min(i, 3)},99.99,,,,,,"),
                  s("GNGSA,A,1,12,25,,,,,,,,,,,99.99,99.99,99.99"),
                  s("GPGSV,2,1,05,12,30,301,33,13,18,141,22,15,51,020,29,25,38,170,31"),
                  s("GPGSV,2,2,05,29,11,244,"), s("GAGSV,1,1,01,07,44,090,"),
                  s(f"GNGLL,,,,,{t},V,N"),
                  s(f"PUBX,00,{t},0000.00000,N,00000.00000,E,0.000,NF,5303302,3750001,0.000,0.00,0.000,,"
                    f"99.99,99.99,99.99,{min(i, 3)},0,0")]
    for i in range(6, 12):  # fixed: GPS, GLONASS, Galileo and BeiDou tracked
        t = stamp(start + i, ".00")
        p = pos("ublox", 5, jitter=0.000002 * (i - 6))
        lines += [s(f"GNRMC,{t},A,{p},0.012,,221126,,,A"), s("GNVTG,,T,,M,0.012,N,0.022,K,A"),
                  s(f"GNGGA,{t},{p},1,12,0.82,637.4,M,19.8,M,,"),
                  s("GNGSA,A,3,12,25,13,15,29,,,,,,,,1.45,0.82,1.20"),
                  s("GNGSA,A,3,71,72,81,,,,,,,,,,1.45,0.82,1.20"),
                  s("GPGSV,2,1,05,12,30,301,43,13,18,141,38,15,51,020,41,25,38,170,40"),
                  s("GLGSV,1,1,03,71,48,190,40,72,57,102,41,81,22,123,33"),
                  s("GAGSV,1,1,02,07,44,090,39,19,25,310,35"), s("GBGSV,1,1,01,11,62,045,42"),
                  s(f"GNGLL,{p},{t},A,A"),
                  s(f"GNGST,{t},4.1,2.6,1.8,35.0,{2.4 - 0.1 * (i - 6):.1f},{1.9 - 0.1 * (i - 6):.1f},3.6"),
                  s(f"PUBX,00,{t},{p},680.2,G3,2.1,3.3,0.022,0.00,0.000,,0.82,1.20,0.90,12,0,0")]
    return lines


def mediatek() -> list[str]:
    lines = [s("PMTK011,MTKGPS"), s("PMTK010,001")]
    for i in range(3):  # the module's default time and date until a satellite gives the real ones
        t = stamp(23 * 3600 + 59 * 60 + 47 + i, ".799")
        lines += [s(f"GPGGA,{t},,,,,0,00,,,M,,M,,"), s("GPGSA,A,1,,,,,,,,,,,,,,,"),
                  s("GPGSV,1,1,00"), s(f"GPRMC,{t},V,,,,,0.00,0.00,050180,,,N"), s("GPVTG,0.00,T,,M,0.00,N,0.00,K,N")]
    lines.append(s("PMTK010,002"))
    start = 10 * 3600 + 15 * 60 + 6
    for i in range(6):
        t = stamp(start + i, ".000")
        lines += [s(f"GPGGA,{t},,,,,0,0{min(i, 2)},,,M,,M,,"), s("GPGSA,A,1,,,,,,,,,,,,,,,"),
                  s("GPGSV,1,1,02,12,30,301,21,25,38,170,19"), s(f"GPRMC,{t},V,,,,,0.07,0.00,221126,,,N"),
                  s("GPVTG,0.00,T,,M,0.07,N,0.13,K,N")]
    for i in range(6, 12):
        t = stamp(start + i, ".000")
        p = pos("mediatek", 4)
        lines += [s(f"GPGGA,{t},{p},1,0{min(i - 2, 9)},1.{28 - i},1208.3,M,-11.5,M,,"),
                  s("GPGSA,A,3,12,25,13,15,29,18,,,,,,,2.31,1.22,1.96"),
                  s("GPGSV,2,1,06,12,30,301,40,13,18,141,36,15,51,020,39,25,38,170,38"),
                  s("GPGSV,2,2,06,29,11,244,30,18,45,063,35"),
                  s(f"GPRMC,{t},A,{p},0.04,0.00,221126,,,A"), s("GPVTG,0.00,T,,M,0.04,N,0.07,K,A")]
    return lines


def sirf() -> list[str]:
    lines = [s("PSRF150,1"), s("PSRFTXT,Version:GSD4e_4.1.2-P1 R+ 11/15/2011 319-Nov 15 2011-23:04")]
    start = 10 * 3600 + 15 * 60 + 15
    last_known = pos("sirf", 4, jitter=0.02)  # yesterday's position, two kilometres away
    for i in range(8):
        t = stamp(start + i, ".000")
        coordinates = "0000.0000,N,00000.0000,E" if i < 4 else last_known
        lines += [s(f"GPGGA,{t},{coordinates},0,00,,0.0,M,0.0,M,,0000"), s("GPGSA,A,1,,,,,,,,,,,,,,,"),
                  s("GPGSV,1,1,01,12,30,301,18"), s(f"GPRMC,{t},V,{coordinates},,,221126,,,N")]
    for i in range(8, 14):
        t = stamp(start + i, ".000")
        p = pos("sirf", 4)
        lines += [s(f"GPGGA,{t},{p},1,07,1.1,74.0,M,11.0,M,,0000"),
                  s("GPGSA,A,3,12,25,13,15,29,18,20,,,,,,1.9,1.1,1.6"),
                  s("GPGSV,2,1,07,12,30,301,41,13,18,141,37,15,51,020,40,25,38,170,39"),
                  s("GPGSV,2,2,07,29,11,244,31,18,45,063,36,20,60,210,42"),
                  s(f"GPRMC,{t},A,{p},0.1,12.5,221126,,,A")]
    return lines


def skytraq() -> list[str]:
    lines = [s("PSTI,001,1")]
    start = 10 * 3600 + 15 * 60 + 26
    for i in range(8):
        t = stamp(start + i, ".000")
        lines += [s(f"GPGGA,{t},8960.000000,N,00000.000000,E,0,0,,137.0,M,13.0,M,,"),
                  s("GNGSA,A,1,,,,,,,,,,,,,,,"), s("GNGSA,A,1,,,,,,,,,,,,,,,"),
                  s("GPGSV,1,1,01,12,30,301,"), s("BDGSV,1,1,00"),
                  s(f"GPRMC,{t},V,8960.000000,N,00000.000000,E,0.000,0.00,221126,,,N"),
                  s("GPVTG,0.00,T,,M,0.000,N,0.000,K,N"),
                  s(f"PSTI,030,{t},221126,V,8960.000000,N,00000.000000,E,137.0,0.00,0.00,0.00,,,,,N,,")]
    for i in range(8, 14):
        t = stamp(start + i, ".000")
        p = pos("skytraq", 6)
        gga = s(f"GNGGA,{t},{p},1,09,0.9,18.3,M,21.5,M,,")
        rmc = s(f"GNRMC,{t},A,{p},0.010,0.00,221126,,,A")
        if i == 10:
            gga = gga[:-18]  # cut short by the link
        if i == 11:
            rmc = rmc[:-2] + ("00" if rmc[-2:] != "00" else "11")  # a byte changed on the way
        lines += [gga, s("GNGSA,A,3,12,25,13,15,29,,,,,,,,1.6,0.9,1.3"),
                  s("GNGSA,A,3,201,202,207,,,,,,,,,,1.6,0.9,1.3"),
                  s("GPGSV,2,1,05,12,30,301,42,13,18,141,37,15,51,020,40,25,38,170,39"),
                  s("GPGSV,2,2,05,29,11,244,31"), s("BDGSV,1,1,03,201,45,120,38,202,37,230,36,207,62,015,40"),
                  rmc, s("GNVTG,0.00,T,,M,0.010,N,0.019,K,A")]
    return lines


DIALECTS = {"ublox": ublox, "mediatek": mediatek, "sirf": sirf, "skytraq": skytraq}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, build in DIALECTS.items():
        (OUT / f"{name}.nmea").write_text("\r\n".join(build()) + "\r\n", encoding="ascii", newline="")


if __name__ == "__main__":
    main()
