"""The device database's first schema (migration v1), frozen as it shipped: later versions change
it only through their own migrations in core/migrations.py, so a v1 file met in the field is
always upgraded from exactly these tables."""

V1_SCHEMA = """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE agents (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, pin_hash TEXT, active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE zones (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
        CREATE TABLE taxpayers (
            num INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('person', 'business')),
            name TEXT NOT NULL,
            business_name TEXT,
            id_number TEXT,
            phone TEXT,
            zone_id TEXT REFERENCES zones(id),
            address TEXT,
            latitude REAL, longitude REAL, accuracy_m REAL,
            location_source TEXT CHECK (location_source IN ('gps', 'external-gnss', 'manual')),
            fix_time TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
            version INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'device',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX taxpayers_zone ON taxpayers(zone_id);
        CREATE INDEX taxpayers_phone ON taxpayers(phone);
        CREATE INDEX taxpayers_id_number ON taxpayers(id_number);
        CREATE TABLE taxable_objects (
            id TEXT PRIMARY KEY,
            taxpayer_id TEXT NOT NULL REFERENCES taxpayers(id),
            kind TEXT NOT NULL,
            reference TEXT NOT NULL,
            description TEXT,
            attributes TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        );
        CREATE INDEX taxable_objects_taxpayer ON taxable_objects(taxpayer_id);
        CREATE INDEX taxable_objects_reference ON taxable_objects(reference);
        CREATE TABLE tax_types (
            code TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            periodicity TEXT NOT NULL CHECK (periodicity IN ('annual', 'monthly', 'daily', 'one-off')),
            basis TEXT NOT NULL CHECK (basis IN ('flat', 'rate')),
            amount INTEGER CHECK (amount IS NULL OR typeof(amount) = 'integer'),
            rate INTEGER CHECK (rate IS NULL OR typeof(rate) = 'integer'),
            rate_attribute TEXT,
            object_kinds TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE assessments (
            id TEXT PRIMARY KEY,
            taxable_object_id TEXT NOT NULL REFERENCES taxable_objects(id),
            taxpayer_id TEXT NOT NULL REFERENCES taxpayers(id),
            tax_code TEXT NOT NULL REFERENCES tax_types(code),
            period TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
            created_at TEXT NOT NULL,
            UNIQUE (taxable_object_id, tax_code, period)
        );
        CREATE INDEX assessments_taxpayer ON assessments(taxpayer_id, tax_code, period);
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            entity_id TEXT,
            device_time TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TABLE receipt_counters (year INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL);
        CREATE TABLE cash_sessions (
            id TEXT PRIMARY KEY,
            agent_id TEXT NOT NULL REFERENCES agents(id),
            opened_at TEXT NOT NULL,
            opening_float INTEGER NOT NULL CHECK (typeof(opening_float) = 'integer' AND opening_float >= 0),
            event_seq INTEGER NOT NULL REFERENCES events(seq)
        );
        CREATE TABLE cash_session_closings (
            session_id TEXT PRIMARY KEY REFERENCES cash_sessions(id),
            closed_at TEXT NOT NULL,
            report TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq)
        );
        CREATE TABLE payments (
            id TEXT PRIMARY KEY,
            receipt_no TEXT NOT NULL UNIQUE,
            receipt_year INTEGER NOT NULL,
            receipt_seq INTEGER NOT NULL,
            taxpayer_id TEXT NOT NULL REFERENCES taxpayers(id),
            tax_code TEXT NOT NULL REFERENCES tax_types(code),
            period TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
            currency TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('cash', 'mobile_money', 'other')),
            reference TEXT,
            is_advance INTEGER NOT NULL DEFAULT 0,
            session_id TEXT NOT NULL REFERENCES cash_sessions(id),
            agent_id TEXT NOT NULL REFERENCES agents(id),
            device_id TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            balance_after INTEGER NOT NULL,
            token TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq),
            UNIQUE (receipt_year, receipt_seq)
        );
        CREATE INDEX payments_taxpayer ON payments(taxpayer_id, tax_code, period);
        CREATE INDEX payments_session ON payments(session_id);
        CREATE TABLE voids (
            id TEXT PRIMARY KEY,
            payment_id TEXT NOT NULL UNIQUE REFERENCES payments(id),
            reason TEXT NOT NULL,
            agent_id TEXT NOT NULL REFERENCES agents(id),
            session_id TEXT REFERENCES cash_sessions(id),
            voided_at TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq)
        );
        CREATE TABLE receipt_prints (
            id TEXT PRIMARY KEY,
            payment_id TEXT NOT NULL REFERENCES payments(id),
            copy INTEGER NOT NULL,
            printed_at TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq),
            UNIQUE (payment_id, copy)
        );
        """
