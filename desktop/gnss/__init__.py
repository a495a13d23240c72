"""Georeferencing: QtPositioning sources, NMEA from external receivers and log files."""
