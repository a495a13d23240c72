"""Moved to core/nmea.py (no Qt in it, and the `quittance gnss` command needs it too)."""
from core.nmea import *  # noqa: F401,F403
from core.nmea import (GgaDetails, GstEstimate, gate, gsa_mode, parse_gga, parse_gst,  # noqa: F401
                       split_epochs, time_key)
