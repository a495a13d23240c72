"""The raw baseline each sync figure is compared with: the same event rows written by the bare
driver, `executemany` with one transaction per batch of 250, into a plain copy of the events
table, on 1 connection and on 20 at once. Also the bulk loads of server rows (COPY on PostgreSQL)."""
from __future__ import annotations

import sqlite3
import threading
import time
from typing import Callable, Iterable

from bench.sync_data import RAW_COLUMNS
from bench.sync_env import BenchDatabase

BATCH = 250


def _pg_connect(db: BenchDatabase, autocommit: bool = False):  # noqa: ANN202
    import psycopg

    return psycopg.connect(db.pg_conninfo, autocommit=autocommit)


def _sqlite_connect(db: BenchDatabase) -> sqlite3.Connection:
    conn = sqlite3.connect(db.sqlite_path, timeout=60, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # as the server's engine
    return conn


def prepare_raw_table(db: BenchDatabase) -> None:
    columns = ("bucket smallint, device_id varchar(36), seq bigint, event_id varchar(36), type varchar(64), "
               "agent_id varchar(36), payload text, prev_hash varchar(64), hash varchar(64), signature varchar(128), "
               "device_time varchar(32), received_at varchar(32), PRIMARY KEY (device_id, seq)")
    if db.kind == "postgresql":
        with _pg_connect(db) as conn:
            conn.execute(f"DROP TABLE IF EXISTS raw_events; CREATE TABLE raw_events ({columns})")
    else:
        conn = _sqlite_connect(db)
        conn.execute("DROP TABLE IF EXISTS raw_events")
        conn.execute(f"CREATE TABLE raw_events ({columns})")
        conn.close()


def _writer(db: BenchDatabase) -> tuple[Callable[[list[tuple]], None], Callable[[], None]]:
    """(write one batch in its own transaction, close) on a fresh connection."""
    marks = ",".join(["%s" if db.kind == "postgresql" else "?"] * len(RAW_COLUMNS))
    sql = f"INSERT INTO raw_events ({','.join(RAW_COLUMNS)}) VALUES ({marks})"
    if db.kind == "postgresql":
        conn = _pg_connect(db, autocommit=True)  # transaction() is then a real BEGIN ... COMMIT

        def write(rows: list[tuple]) -> None:
            with conn.transaction(), conn.cursor() as cur:
                cur.executemany(sql, rows)
        return write, conn.close
    lite = _sqlite_connect(db)

    def write_lite(rows: list[tuple]) -> None:
        lite.execute("BEGIN IMMEDIATE")
        lite.executemany(sql, rows)
        lite.execute("COMMIT")
    return write_lite, lite.close


def raw_rate(db: BenchDatabase, streams: list[list[tuple]]) -> float:
    """Events per second writing every stream at once, one connection per stream."""
    prepare_raw_table(db)
    writers = [_writer(db) for _ in streams]
    errors: list[BaseException] = []

    def run(stream: list[tuple], write: Callable[[list[tuple]], None]) -> None:
        try:
            for start in range(0, len(stream), BATCH):
                write(stream[start:start + BATCH])
        except BaseException as exc:  # noqa: BLE001  (reported after the run)
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(stream, w)) for stream, (w, _c) in zip(streams, writers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    for _write, close in writers:
        close()
    if errors:
        raise errors[0]
    return sum(len(s) for s in streams) / elapsed


def bulk_load(db: BenchDatabase, table: str, columns: Iterable[str], rows: Iterable[tuple]) -> None:
    """Server rows written straight into a table: COPY on PostgreSQL, one transaction on SQLite."""
    columns = tuple(columns)
    if db.kind == "postgresql":
        with _pg_connect(db) as conn, conn.cursor() as cur:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            conn.execute(f"ANALYZE {table}")
        return
    conn = _sqlite_connect(db)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})", rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
