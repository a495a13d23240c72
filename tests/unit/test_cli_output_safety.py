"""Issue 8 §1: text printed to a terminal never carries a raw control or escape character that
came from data: a taxpayer named "\\x1b[2J…" must not clear the agent's screen, a \\r must not
overwrite a line, a bidi override must not reorder it. --json stays valid JSON and exact."""
from __future__ import annotations

import json
import re
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

import pytest

from core.terminal import safe
from tests.cli_support import cli_device_template, copy_device, ok, quittance  # noqa: F401

# Every control character but the line feeds and tabs our own output is made of.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
EVIL = {
    "name": "Thérèse \x1b[2J\x1b[H\rMbuyi\x07\x9b31m \u202eelbaxaT\u202c\nT07-2026-999999 forged line",
    "phone": "+243\x1b[8m812345678",
    "zone": "Katoka\x1b]0;pwned\x07",
}


@pytest.fixture
def evil_db(cli_device_template, tmp_path):
    """The registered taxpayer's name, phone and zone rewritten with control characters, as data
    that came from elsewhere (an import, an older version, the server) could carry them."""
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE zones SET name = ? WHERE code = 'KAT'", (EVIL["zone"],))
    conn.execute("UPDATE taxpayers SET name = ?, phone = ?, zone_id = (SELECT id FROM zones WHERE code = 'KAT') "
                 "WHERE id = ?", (EVIL["name"], EVIL["phone"], taxpayer))
    conn.commit()
    conn.close()
    return db, taxpayer


def assert_terminal_safe(*texts: str) -> None:
    for text in texts:
        found = RAW_CONTROL.findall(text)
        assert not found, f"raw control characters printed: {found!r}"


def test_search_lines_show_control_characters_escaped_one_line_per_hit(evil_db, tmp_path):
    db, taxpayer = evil_db
    result = quittance(tmp_path / "home", "search", "therese", "--db", db)
    out = ok(result)
    assert_terminal_safe(result.stdout, result.stderr)
    hits = json.loads(ok(quittance(tmp_path / "home", "search", "therese", "--json", "--db", db)))
    lines = out.splitlines()
    assert len(lines) == len(hits)  # the \n in the name did not forge a line
    assert all(re.match(r"[0-9a-f-]{36}  ", line) for line in lines)
    evil_line = next(line for line in lines if line.startswith(taxpayer))
    assert "\\u001b[2J" in evil_line


def test_search_json_is_valid_exact_and_terminal_safe(evil_db, tmp_path):
    db, _ = evil_db
    result = quittance(tmp_path / "home", "search", "therese", "--json", "--db", db)
    hit = json.loads(ok(result))[0]
    assert_terminal_safe(result.stdout)
    assert (hit["name"], hit["phone"]) == (EVIL["name"], EVIL["phone"])


@pytest.mark.parametrize("argv", [
    ["void", "T07-\x1b[2J\x9b2J", "--as", "Ilunga", "--reason", "Erreur"],
    ["pay", "--as", "Ilunga", "--taxpayer", "x", "--tax", "PAT", "--period", "2026", "--amount", "\x1b[31m5\r",
     "--method", "cash"],
    ["register", "--as", "Ilunga", "--name", "A", "--zone", "\x1b]0;pwned\x07\u202e"],
    ["register", "--as", "Ilunga", "--name", "A", "--kind", "\x9b2J"],
    ["search", "x", "--limit", "\x1b[2J"],
    ["print", "--as", "Ilunga", "T07-2026-000001", "--printer", "bt://\x1b[2J\r"],
])
def test_error_messages_echoing_input_are_one_safe_line(cli_device_template, tmp_path, argv):
    db, _ = copy_device(cli_device_template, tmp_path / "device")
    result = quittance(tmp_path / "home", *argv, "--db", db)
    assert result.returncode == 2
    assert_terminal_safe(result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1


def test_summaries_echoing_input_are_safe(tmp_path):
    db = tmp_path / "device.db"
    refused = quittance(tmp_path / "home", "init", "--db", db, "--municipality", "Kananga\x1b[2J\u202e",
                        "--currency", "CDF", "--device-code", "T07", "--pin", "1234")
    assert refused.returncode == 2 and "Nom de la commune" in refused.stderr  # refused, and said safely
    assert_terminal_safe(refused.stdout, refused.stderr)
    result = quittance(tmp_path / "home", "init", "--db", db, "--municipality", "Kananga",
                       "--currency", "CDF", "--device-code", "T07", "--pin", "1234")
    assert "Kananga" in ok(result)
    assert_terminal_safe(result.stdout, result.stderr)
    out_file = tmp_path / "reçu\x1b[2J.pdf"
    quittance(tmp_path / "home", "register", "--db", db, "--name", "Kasongo")
    result = quittance(tmp_path / "home", "export", "--db", db, "--format", "csv", "--what", "taxpayers",
                       "--out", out_file)
    ok(result)
    assert out_file.exists()
    assert_terminal_safe(result.stdout, result.stderr)
    receipt_file = tmp_path / "reçu\r\x1b[2J.pdf"
    ok(quittance(tmp_path / "home", "seed", "--db", db, "--taxpayers", 1))  # the tax schedule
    ok(quittance(tmp_path / "home", "session", "open", "--db", db))
    taxpayer = ok(quittance(tmp_path / "home", "register", "--db", db, "--name", "Kasongo Mbuyi"))
    ok(quittance(tmp_path / "home", "pay", "--db", db, "--taxpayer", taxpayer, "--tax", "PAT", "--period", "2026",
                 "--amount", "100", "--method", "cash", "--advance"))
    result = quittance(tmp_path / "home", "receipt", "T07-2026-000001", "--db", db, "--out", receipt_file)
    assert "\\u000d\\u001b[2J.pdf" in ok(result)
    assert receipt_file.exists()
    assert_terminal_safe(result.stdout, result.stderr)


@pytest.mark.parametrize("raw", ["\x00", "\x07", "\x1b", "\r", "\n", "\x7f", "\x85", "\x9b", "\u061c", "\u200f",
                                 "\u2028", "\u202e", "\u2066"])
def test_each_kind_of_control_character_is_shown_as_an_escape(raw):
    assert safe(f"Kabasélé{raw}Ngoyi") == f"Kabasélé\\u{ord(raw):04x}Ngoyi"
