"""The audit file's XSD, one file per format version (docs/audit/audit-file.md)."""
