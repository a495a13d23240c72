"""The server's tables, as SQLAlchemy Core objects for the queries.

Revision 0001 created them as migrations/schema_0001.py keeps them; every later change to this
file comes with a new revision in migrations/versions/ that makes the same change (0002: the
server key's `number` and `handover`; 0003: `zone_exits`; 0004: the open-data index; 0005: `cash_signoffs`;
0008: the registry decisions; 0009: `receipts.reference` and the mobile-money statements; 0011:
`attestations` and the receipts' session index; 0012: `tax_schedule_versions`; 0007:
`alert_decisions`, `void_requests`, `void_decisions`; 0013: the events' index by type and time; 0014: the partial indexes of voids and closings; 0015: census `forms`, `submissions`,
`basemaps` and `zones.geometry`; 0017: census photos, `attachments` and `submissions.attachments`;
0018: `recovery_keys`, the municipality's recovery public keys; 0020: `releases`, the app versions
devices update to)."""
from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, Index, Integer, LargeBinary, MetaData, PrimaryKeyConstraint,
                        SmallInteger, String, Table, Text, UniqueConstraint, func)

metadata = MetaData()
# Events are spread over this many buckets by device id; on PostgreSQL one LIST partition each.
BUCKETS = 16

municipality = Table(
    "municipality", metadata,
    Column("id", Integer, primary_key=True),  # always 1: one municipality per server
    Column("data", Text, nullable=False),  # JSON: the fields of core.config.Municipality
    Column("version", Integer, nullable=False, default=1),
)

zones = Table(
    "zones", metadata,
    Column("id", String(36), primary_key=True),
    Column("code", String(16), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("geometry", Text),  # GeoJSON Polygon/MultiPolygon in WGS84, or None (revision 0015)
)

tax_types = Table(
    "tax_types", metadata,
    Column("code", String(16), primary_key=True),
    Column("data", Text, nullable=False),  # JSON, the device's tax_types columns
    Column("version", Integer, nullable=False, default=1),
)

agents = Table(
    "agents", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("pin_hash", Text),
    Column("role", String(16), nullable=False, default="agent"),
    Column("active", Boolean, nullable=False, default=True),
    Column("version", Integer, nullable=False, default=1),
)

agent_zones = Table(
    "agent_zones", metadata,
    Column("agent_id", String(36), nullable=False),
    Column("zone_id", String(36), nullable=False),
    PrimaryKeyConstraint("agent_id", "zone_id"),
)

devices = Table(
    "devices", metadata,
    Column("id", String(36), primary_key=True),  # the device's own UUIDv7 (invariant 2)
    Column("code", String(8), nullable=False, unique=True),
    Column("public_key", String(64), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("enrolled_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
    Column("last_sync_at", String(32)),
    Column("stored_through", BigInteger, nullable=False, default=0),
    Column("head_hash", String(64), nullable=False),
    Column("stopped_reason", String(32)),  # chain_broken | fork | bad_signature: pushes refused
    Column("app_version", String(32)),
)

device_agents = Table(
    "device_agents", metadata,
    Column("device_code", String(8), nullable=False),
    Column("agent_id", String(36), nullable=False),
    PrimaryKeyConstraint("device_code", "agent_id"),
)

enrollment_codes = Table(
    "enrollment_codes", metadata,
    Column("code_hash", String(64), primary_key=True),  # sha256 of the code; the code itself is never stored
    Column("device_code", String(8), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("used_at", String(32)),
)

rate_limits = Table(
    "rate_limits", metadata,
    Column("key", String(128), nullable=False),
    Column("window_start", BigInteger, nullable=False),
    Column("count", Integer, nullable=False),
    PrimaryKeyConstraint("key", "window_start"),
)

events = Table(
    "events", metadata,
    Column("bucket", SmallInteger, nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("event_id", String(36), nullable=False),
    Column("type", String(64), nullable=False),
    Column("agent_id", String(36)),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
    Column("device_time", String(32), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("arrival", BigInteger, nullable=False),  # global arrival order (invariant 9)
    PrimaryKeyConstraint("bucket", "device_id", "seq"),
)
Index("ix_events_arrival", events.c.arrival)
# The cash sessions opened on a day, for reconciliation (revision 0013).
Index("ix_events_type_time", events.c.type, events.c.device_time)
# A session's voids and its closing, without reading the events between (revision 0014).
Index("ix_events_voids", events.c.device_id, events.c.seq, postgresql_where=events.c.type == "payment.voided",
      sqlite_where=events.c.type == "payment.voided")
Index("ix_events_closings", events.c.device_id, events.c.seq, postgresql_where=events.c.type == "session.closed",
      sqlite_where=events.c.type == "session.closed")
# The technical journal, newest first (revision 0024, sync/server/journal_view.py).
Index("ix_events_journal", events.c.arrival, postgresql_where=events.c.type == "journal.recorded",
      sqlite_where=events.c.type == "journal.recorded")

alerts = Table(
    "alerts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("device_id", String(36)),
    Column("seq", BigInteger),
    Column("detail", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

quarantine = Table(
    "quarantine", metadata,
    Column("device_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("code", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    PrimaryKeyConstraint("device_id", "seq"),
)

# One row per pulled record with its newest state: a pull from cursor C reads the rows whose
# change_no is above C, so the first pull (C = 0) is the snapshot and later ones the changes.
changes = Table(
    "changes", metadata,
    Column("kind", String(16), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("change_no", BigInteger, nullable=False),
    Column("zone_id", String(36)),  # None: reference data every device receives
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
    PrimaryKeyConstraint("kind", "record_id"),
)
Index("ix_changes_change_no", changes.c.change_no)
Index("ix_changes_zone", changes.c.zone_id, changes.c.change_no)

# Who left which zone, and when (a change number from the same count as `changes`): a taxpayer
# moved out of a zone (kind 'taxpayer'), or a zone taken from an agent (kind 'agent'). Pull turns
# these into `withdrawn` records for the devices that held that zone (sync/server/withdrawals.py).
zone_exits = Table(
    "zone_exits", metadata,
    Column("kind", String(16), nullable=False),  # taxpayer | agent
    Column("subject_id", String(36), nullable=False),
    Column("zone_id", String(36), nullable=False),  # the zone left
    Column("change_no", BigInteger, nullable=False),
    PrimaryKeyConstraint("kind", "subject_id", "zone_id"),
)
Index("ix_zone_exits_change_no", zone_exits.c.change_no)

taxpayers = Table(
    "taxpayers", metadata,
    Column("id", String(36), primary_key=True),
    Column("data", Text, nullable=False),  # JSON: EDITABLE_FIELDS + status, coordinates as text
    Column("zone_id", String(36)),
    Column("name", Text),
    Column("version", Integer, nullable=False),
    Column("field_versions", Text, nullable=False),  # JSON: field -> [version, device id or null]
    Column("origin", String(16), nullable=False),  # server | device
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)

taxable_objects = Table(
    "taxable_objects", metadata,
    Column("id", String(36), primary_key=True),
    Column("taxpayer_id", String(36), nullable=False, index=True),
    Column("data", Text, nullable=False),
    # The object's outline, GeoJSON Polygon text in lon/lat (core/shapes.py), for maps and exports
    # to read without parsing every object's data; NULL for none (revision 0016).
    Column("geometry", Text, nullable=True),
)

assessments = Table(
    "assessments", metadata,
    Column("id", String(36), primary_key=True),
    Column("taxpayer_id", String(36), nullable=False, index=True),
    Column("data", Text, nullable=False),
)

conflicts = Table(
    "conflicts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("taxpayer_id", String(36), nullable=False),
    Column("field", String(32), nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("field_version", Integer, nullable=False),
    Column("previous_value", Text),  # JSON
    Column("incoming_value", Text),  # JSON; applied, in arrival order
    Column("device_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("resolved_at", String(32)),
)

receipts = Table(
    "receipts", metadata,
    Column("receipt_no", String(40), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("payment_id", String(36), nullable=False, unique=True),
    Column("event_seq", BigInteger, nullable=False),
    Column("token", Text),
    Column("amount", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("tax_code", String(16), nullable=False),
    Column("period", String(16), nullable=False),
    Column("taxpayer_id", String(36), nullable=False),
    Column("taxpayer_name", Text),
    Column("agent_id", String(36)),
    Column("method", String(16)),
    Column("reference", Text),  # the payment's reference (a mobile-money transaction id); revision 0009
    Column("paid_at", String(32), nullable=False),  # device time
    Column("received_at", String(32), nullable=False),
    Column("voided_at", String(32)),  # device time of the void
    Column("void_reason", Text),
)
# The open-data page reads one month of receipts by paid_at, and only these columns: the index
# alone answers it (revision 0004; half the time on SQLite, index-only scans on PostgreSQL).
Index("ix_receipts_month", receipts.c.paid_at, receipts.c.tax_code, receipts.c.taxpayer_id, receipts.c.amount,
      receipts.c.voided_at)
# The receipts of a device's cash session, by the seqs of its opening and closing (revision 0011):
# the reconciliation report sums each session's cash from this index alone (method and amount in it).
Index("ix_receipts_device_seq", receipts.c.device_id, receipts.c.event_seq, receipts.c.method, receipts.c.amount)

server_keys = Table(
    "server_keys", metadata,
    Column("public_key", String(64), primary_key=True),  # the private half is a 0600 file, never here
    Column("created_at", String(32), nullable=False),
    Column("retired_at", String(32)),
    Column("number", Integer),  # 1, 2, …: the order of the keys (revision 0002)
    # The hand-over to this key (sync/server/keyrotation.py): canonical JSON, signed by the key
    # before it; None for the first key, and for a key made without one (the old key was lost).
    Column("handover", Text),
)

# A supervisor's sign-off of an agent's cash for a day (sync/server/reconcile_signoff.py): the
# record is canonical JSON signed by the server's key; rows are never updated or deleted (revision
# 0005 adds triggers that refuse it). A later record for the same agent and day gets the next number.
cash_signoffs = Table(
    "cash_signoffs", metadata,
    Column("id", String(36), primary_key=True),
    Column("agent_id", String(36), nullable=False),
    Column("day", String(10), nullable=False),  # YYYY-MM-DD in the municipality's time zone
    Column("number", Integer, nullable=False),  # 1, 2, … per agent and day
    Column("record", Text, nullable=False),  # canonical JSON, exactly as signed
    Column("signature", String(128), nullable=False),
    Column("public_key", String(64), nullable=False),  # the server key that signed it
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("agent_id", "day", "number", name="uq_cash_signoffs_agent_day_number"),
)

GENESIS = "0" * 64  # core.envelope.GENESIS_HASH: the head of a device that pushed nothing yet

# Supervisors' server accounts (sync/server/supervisors.py): a password (scrypt) and an optional
# TOTP second factor. A session is a random token, kept hashed, that expires.
supervisors = Table(
    "supervisors", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("totp_secret", String(64)),
    Column("active", Integer, nullable=False, default=1),
    Column("created_at", String(32), nullable=False),
)

supervisor_sessions = Table(
    "supervisor_sessions", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("supervisor_id", String(36), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("ended_at", String(32)),
)

# Settings supervisors change (thresholds of alerts, retention periods): one JSON value per key,
# with who changed it last (sync/server/server_settings.py keeps the defaults and checks values).
server_settings = Table(
    "server_settings", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("updated_by", String(120)),
)

# A payment attestation (sync/server/attestation.py): every receipt of a year for a taxpayer, as
# canonical JSON signed by the server's key; `code` is the short code printed on it that the
# public page checks. Rows are never updated or deleted (revision 0011 adds the triggers).
attestations = Table(
    "attestations", metadata,
    Column("id", String(36), primary_key=True),
    Column("code", String(16), nullable=False, unique=True),
    Column("taxpayer_id", String(36), nullable=False, index=True),
    Column("year", Integer, nullable=False),
    Column("record", Text, nullable=False),  # canonical JSON, exactly as signed
    Column("signature", String(128), nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("created_by", String(120), nullable=False),
)

# Mobile-money statements (sync/server/statements*.py, revision 0009). A mapping says which columns
# of an operator's CSV export hold what; it is replaced when a supervisor saves it again.
statement_mappings = Table(
    "statement_mappings", metadata,
    Column("operator", String(64), primary_key=True),
    Column("mapping", Text, nullable=False),  # JSON: statement_csv.Mapping's fields
    Column("updated_at", String(32), nullable=False),
    Column("updated_by", String(120)),
)

statement_imports = Table(
    "statement_imports", metadata,
    Column("id", String(36), primary_key=True),
    Column("operator", String(64), nullable=False),
    Column("filename", Text),
    Column("file_hash", String(64), nullable=False),
    Column("imported_at", String(32), nullable=False),
    Column("imported_by", String(120)),
    Column("report", Text, nullable=False),  # JSON: counts, unreadable lines with their number and why
)

# One row per operator's transaction; never updated or deleted (triggers, revision 0009). The hash
# of the line (operator and its cells) is unique, so importing a statement again adds nothing.
statement_lines = Table(
    "statement_lines", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),  # server-made: L12 names a line
    Column("import_id", String(36), nullable=False),
    Column("operator", String(64), nullable=False),
    Column("line_no", Integer, nullable=False),  # in the file it was first imported from
    Column("line_hash", String(64), nullable=False),
    Column("reference", String(120), nullable=False, index=True),  # upper-cased, trimmed
    Column("amount", BigInteger, nullable=False),  # minor units of the municipality's currency
    Column("occurred_at", String(32), nullable=False),  # UTC ISO, from the operator's local time
    Column("raw", Text, nullable=False),
    UniqueConstraint("operator", "line_hash", name="uq_statement_lines_operator_hash"),
)
Index("ix_statement_lines_time", statement_lines.c.occurred_at)
# Matching reads receipts by reference whatever its case (sync/server/statements_match.py).
Index("ix_receipts_reference", func.upper(receipts.c.reference))

# A flag cleared by a supervisor, with why: never updated or deleted (triggers, revision 0009).
statement_clearings = Table(
    "statement_clearings", metadata,
    Column("id", String(36), primary_key=True),
    Column("flag_id", String(64), nullable=False),  # L12 (a statement line) or a receipt number
    Column("kind", String(32), nullable=False),  # the flag as it was when cleared
    Column("detail", Text, nullable=False),  # JSON: what the supervisor saw (amounts, reference, times)
    Column("reason", Text, nullable=False),
    Column("cleared_by", String(120), nullable=False),
    Column("cleared_at", String(32), nullable=False),
    UniqueConstraint("flag_id", "kind", name="uq_statement_clearings_flag_kind"),
)

# A supervisor's decisions on the registry (sync/server/registry_conflicts.py and
# registry_duplicates.py, revision 0008): rows are never updated or deleted (triggers refuse it).
# A resolution of a taxpayer's conflicts: the values chosen per field (JSON), the conflicts it
# settled (JSON list of `conflicts.id`), and the taxpayer's server version it made.
conflict_resolutions = Table(
    "conflict_resolutions", metadata,
    Column("id", String(36), primary_key=True),
    Column("taxpayer_id", String(36), nullable=False, index=True),
    Column("choices", Text, nullable=False),
    Column("conflict_ids", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("decided_by", String(120), nullable=False),
    Column("decided_at", String(32), nullable=False),
)

# Two registrations of one taxpayer merged: `merged_id` now stands for `kept_id` (a taxpayer is
# merged at most once). Payments keep their taxpayer id; what lists them follows this mapping.
taxpayer_merges = Table(
    "taxpayer_merges", metadata,
    Column("merged_id", String(36), primary_key=True),
    Column("kept_id", String(36), nullable=False, index=True),
    Column("reason", Text, nullable=False),
    Column("decided_by", String(120), nullable=False),
    Column("decided_at", String(32), nullable=False),
)

# A pair of taxpayers a supervisor said are not duplicates (a_id < b_id): no longer proposed.
duplicate_dismissals = Table(
    "duplicate_dismissals", metadata,
    Column("a_id", String(36), nullable=False),
    Column("b_id", String(36), nullable=False),
    Column("reason", Text, nullable=False),
    Column("decided_by", String(120), nullable=False),
    Column("decided_at", String(32), nullable=False),
    PrimaryKeyConstraint("a_id", "b_id"),
)
# The tax schedule's dated versions (sync/server/schedule_versions.py): from `effective_from` (a
# local day) a tax's amount or rate is this one. The base in `tax_types.data` is in force before
# the first of them. Rows are never updated or deleted (revision 0012 adds triggers that refuse
# it): a correction is a further row for the same day, and the newest row of a day wins.
tax_schedule_versions = Table(
    "tax_schedule_versions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tax_code", String(16), nullable=False),
    Column("effective_from", String(10), nullable=False),  # YYYY-MM-DD in the municipality's time zone
    Column("amount", BigInteger),  # minor units (a flat tax)
    Column("rate", BigInteger),  # minor units per unit of the tax's rate_attribute (a rate tax)
    Column("created_at", String(32), nullable=False),
    Column("created_by", String(120), nullable=False),
    Column("note", Text),
)
Index("ix_tax_schedule_versions_code", tax_schedule_versions.c.tax_code, tax_schedule_versions.c.effective_from)
# A supervisor's decision on an alert of the queue (sync/server/alerts.py): one row per alert,
# never updated or deleted (revision 0007's triggers). `alert_key` names the alert: `tamper-<alerts.id>`
# for a stored one, or a computed alert's key (device, kind and the period it is about). `snapshot`
# is the alert as the queue showed it when decided (JSON), since a computed alert is not stored.
alert_decisions = Table(
    "alert_decisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("alert_key", String(120), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("device_id", String(36)),
    Column("action", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("decided_by", String(120), nullable=False),
    Column("decided_at", String(32), nullable=False),
    Column("snapshot", Text, nullable=False),
)

# A void that waits for a supervisor (sync/server/voids.py): a void of a receipt whose cash session
# was closed before it, or recorded more than a day after the payment (device times). Written by
# push instead of setting `receipts.voided_at`; never updated or deleted (revision 0007).
void_requests = Table(
    "void_requests", metadata,
    Column("receipt_no", String(40), primary_key=True),
    Column("payment_id", String(36), nullable=False, unique=True),
    Column("device_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),  # the payment.voided event
    Column("agent_id", String(36)),
    Column("reason", Text),  # the agent's reason for the void
    Column("voided_at", String(32), nullable=False),  # device time of the void
    Column("why", String(64), nullable=False),  # closed_session | older_than_a_day, comma-separated
    Column("received_at", String(32), nullable=False),
)

# A supervisor's approval or rejection of a waiting void: one per void, immutable (revision 0007).
void_decisions = Table(
    "void_decisions", metadata,
    Column("receipt_no", String(40), primary_key=True),
    Column("action", String(16), nullable=False),  # approve | reject
    Column("reason", Text, nullable=False),
    Column("decided_by", String(120), nullable=False),
    Column("decided_at", String(32), nullable=False),
)

# Census (revision 0015). A published form version: its definition is core.forms.serialize's JSON
# (form_to_json), never updated or deleted (triggers): a changed form is a new version.
forms = Table(
    "forms", metadata,
    Column("form_id", String(64), nullable=False),
    Column("version", String(64), nullable=False),
    Column("title", Text, nullable=False),  # JSON: language -> title
    Column("definition", Text, nullable=False),  # canonical JSON of form_to_json(form)
    Column("sha256", String(64), nullable=False),  # of `definition`: the same content published twice is no change
    Column("published_at", String(32), nullable=False),
    Column("published_by", String(120), nullable=False),
    PrimaryKeyConstraint("form_id", "version"),
)

# A census submission as pushed (event `submission.recorded`), one row per submission, kept per
# form version; the event itself stays in `events`. `answers` is the ODK-encoded answers tree.
submissions = Table(
    "submissions", metadata,
    Column("id", String(36), primary_key=True),  # the device's UUIDv7
    Column("device_id", String(36), nullable=False),
    Column("event_seq", BigInteger, nullable=False),
    Column("form_id", String(64), nullable=False),
    Column("form_version", String(64), nullable=False),
    Column("agent_id", String(36)),
    Column("taxpayer_id", String(36)),
    Column("answers", Text, nullable=False),  # JSON
    Column("geometry", Text),  # GeoJSON geometry, or None
    Column("recorded_at", String(32), nullable=False),  # device time
    Column("received_at", String(32), nullable=False),
    Column("attachments", Text),  # JSON: the event's `attachments` (photos' name, sha256, size, type), or None
)
Index("ix_submissions_device", submissions.c.device_id)
Index("ix_submissions_form", submissions.c.form_id, submissions.c.form_version, submissions.c.recorded_at)

# MBTiles basemaps devices download (sync/server/basemaps.py): the file lives in the data
# directory (`path`, relative to it), checked by its SHA-256.
basemaps = Table(
    "basemaps", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", Text, nullable=False),
    Column("attribution", Text, nullable=False),
    Column("bounds", String(120)),  # "west,south,east,north" as MBTiles metadata writes it
    Column("minzoom", Integer),
    Column("maxzoom", Integer),
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("path", Text, nullable=False),
    Column("added_at", String(32), nullable=False),
)

# Photos devices uploaded for their submissions (revision 0017, sync/server/attachments.py): one
# row per distinct file, named by its SHA-256; `path` is relative to the data directory.
attachments = Table(
    "attachments", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("type", String(100), nullable=False),
    Column("path", Text, nullable=False),
    Column("device_id", String(36), nullable=False),  # the device that sent it first
    Column("received_at", String(32), nullable=False),
)

# App releases devices update to (revision 0020, sync/server/releases.py): the installer file lives
# in the data directory (`path`, relative to it); `signature` is the server key's (`signed_by`)
# over the manifest (sync/releases.py), made when the release was published.
releases = Table(
    "releases", metadata,
    Column("id", String(36), primary_key=True),
    Column("version", String(32), nullable=False),
    Column("platform", String(16), nullable=False),
    Column("file_name", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("path", Text, nullable=False),
    Column("notes", Text, nullable=False),
    Column("published_at", String(32), nullable=False),
    Column("signed_by", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
    UniqueConstraint("platform", "version", name="uq_releases_platform_version"),
)

# The municipality's recovery public keys (revision 0018, sync/server/recovery.py): base64 of the
# 32 bytes of an X25519 key, newest (highest number) handed to devices at enrollment. The private
# half is never here: it is a passphrase-encrypted file the municipality keeps offline.
recovery_keys = Table(
    "recovery_keys", metadata,
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("public_key", String(64), nullable=False, unique=True),
    Column("created_at", String(32), nullable=False),
)
# The public transparency log (issue 14, sync/server/tlog.py; revision 0021). Leaf `idx` is the
# event (device_id, seq) whose hash it holds; `tlog_nodes` keeps every complete subtree's RFC 9162
# hash, leaves at level 0, so a proof at any size reads about 2·log2(size) rows; rows are only added.
tlog_leaves = Table(
    "tlog_leaves", metadata,
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("device_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    UniqueConstraint("device_id", "seq", name="uq_tlog_leaves_event"),
)
tlog_nodes = Table(
    "tlog_nodes", metadata,
    Column("level", SmallInteger, nullable=False),
    Column("idx", BigInteger, nullable=False),
    Column("hash", LargeBinary(32), nullable=False),
    PrimaryKeyConstraint("level", "idx"),
)
# A leaf found by its hash (GET /api/v1/log/inclusion?leaf=…): only level 0 is indexed, since a
# proof never looks an inner node up by its value (revision 0026).
Index("ix_tlog_leaf_hash", tlog_nodes.c.hash, postgresql_where=tlog_nodes.c.level == 0,
      sqlite_where=tlog_nodes.c.level == 0)
# Every signed checkpoint ever published (C2SP tlog-checkpoint in a signed note), kept for good.
tlog_checkpoints = Table(
    "tlog_checkpoints", metadata,
    Column("id", Integer, primary_key=True),
    Column("origin", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("root", String(64), nullable=False),
    Column("note", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)
Index("ix_tlog_checkpoints_size", tlog_checkpoints.c.size)

# Receipt series (issue 14, sync/server/series.py; revision 0022): one per device and year, with
# the validation code printed on its receipts. Both uniques are what keep two workers registering
# at once from making two codes, and two devices from ever sharing one.
receipt_series = Table(
    "receipt_series", metadata,
    Column("device_id", String(36), nullable=False),
    Column("year", Integer, nullable=False),
    Column("code", String(8), nullable=False),
    Column("registered_at", String(32), nullable=False),
    PrimaryKeyConstraint("device_id", "year", name="pk_receipt_series"),
    UniqueConstraint("code", name="uq_receipt_series_code"),
)
