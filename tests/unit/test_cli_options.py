"""Issue 8 §1: `--db`, `--json` and `--as` work before and after the subcommand, for every
subcommand that takes them; an option a subcommand does not take is refused, never ignored."""
from __future__ import annotations

import json
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from pathlib import Path

import pytest

from core.cli import build_parser, parse
from desktop.main import _extensions, main
from tests.cli_support import AGENTS, cli_device_template, copy_device, default_db, ok, quittance  # noqa: F401

# Each subcommand: its own arguments, and the global options it takes.
SUBCOMMANDS = {
    "init": (["init", "--municipality", "K", "--currency", "CDF", "--device-code", "T07"], "db json"),
    "seed": (["seed", "--taxpayers", "5"], "db json as"),
    "register": (["register", "--name", "Kasongo"], "db json as"),
    "search": (["search", "therese"], "db json"),
    "session": (["session", "open"], "db json as"),
    "pay": (["pay", "--taxpayer", "{taxpayer}", "--tax", "PAT", "--period", "2026", "--amount", "100",
             "--method", "cash", "--advance"], "db json as"),
    "void": (["void", "T07-2026-000001", "--reason", "Erreur"], "db json as"),
    "verify": (["verify"], "db json"),
    "export": (["export", "--format", "csv", "--what", "payments", "--out", "{folder}/p.csv"], "db json"),
    "receipt": (["receipt", "T07-2026-000001", "--out", "{folder}/r.pdf"], "db as"),
    "print": (["print", "T07-2026-000001", "--printer", "file://{folder}/printer.bin"], "db as"),
    "printer test": (["printer", "test", "--printer", "file://{folder}/test.bin"], "db"),
    "submissions export": (["submissions", "export", "--form", "census_buildings", "--out", "{folder}"], "db json"),
    "demo": (["demo"], "db"),
    "gui": (["gui"], "db"),
}
VALUES = {"db": ["--db", "/x/device.db"], "json": ["--json"], "as": ["--as", "Mbuyi"]}
EXPECTED = {"db": ("db", Path("/x/device.db")), "json": ("json", True), "as": ("acting_agent", "Mbuyi")}


def _parse(argv: list[str]):
    return parse(build_parser(_extensions()), argv)


@pytest.mark.parametrize("position", ["before", "after"])
@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_option_a_subcommand_takes_lands_in_either_position(command, position):
    own, takes = SUBCOMMANDS[command]
    for option in takes.split():
        argv = [*VALUES[option], *own] if position == "before" else [*own, *VALUES[option]]
        dest, value = EXPECTED[option]
        args = _parse(argv)
        assert getattr(args, dest) == value, f"{command} {option} {position}"


@pytest.mark.parametrize("position", ["before", "after"])
@pytest.mark.parametrize("command, option", [(c, o) for c, (_, takes) in SUBCOMMANDS.items()
                                             for o in VALUES if o not in takes.split()])
def test_an_option_a_subcommand_does_not_take_is_refused(command, option, position, capsys):
    own = SUBCOMMANDS[command][0]
    argv = [*VALUES[option], *own] if position == "before" else [*own, *VALUES[option]]
    with pytest.raises(SystemExit) as refused:
        main(argv)
    err = capsys.readouterr().err.strip()
    assert refused.value.code == 2
    assert len(err.splitlines()) == 1 and VALUES[option][0] in err


def test_an_option_given_twice_with_different_values_is_refused(capsys):
    with pytest.raises(SystemExit) as refused:
        main(["--db", "/a.db", "verify", "--db", "/b.db"])
    assert refused.value.code == 2
    assert "--db" in capsys.readouterr().err
    assert _parse(["--db", "/a.db", "verify", "--db", "/a.db"]).db == Path("/a.db")


@pytest.mark.parametrize("argv", [
    ["--db", "/a.db", "--db", "/b.db", "verify"],
    ["verify", "--db", "/a.db", "--db", "/b.db"],
    ["--as", "Ilunga", "--as", "Mbuyi", "session", "open"],
    ["session", "open", "--as", "Ilunga", "--as", "Mbuyi"],
], ids=["db-before", "db-after", "as-before", "as-after"])
def test_an_option_given_twice_in_the_same_position_is_refused_too(argv, capsys, monkeypatch):
    """argparse silently kept the last one: the command acted on b.db, or as Mbuyi."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # usage errors follow the system's language
    with pytest.raises(SystemExit) as refused:
        main(argv)
    assert refused.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "given twice with different values" in err
    assert _parse(["--db", "/a.db", "--db", "/a.db", "verify"]).db == Path("/a.db")


def test_json_and_as_need_a_subcommand(capsys):
    for argv in (["--json"], ["--as", "Mbuyi"]):
        with pytest.raises(SystemExit) as refused:
            main(argv)
        assert refused.value.code == 2
    assert _parse(["--db", "/a.db"]).db == Path("/a.db")  # `quittance --db X` opens the app on X


@pytest.mark.parametrize("position", ["before", "after"])
def test_init_writes_to_the_db_it_is_given_and_nowhere_else(tmp_path, position):
    """The README's own example, `quittance --db PATH init …`, used to initialise the default database."""
    home, db = tmp_path / "home", tmp_path / "field" / "t07.db"
    own = ["init", "--municipality", "Commune de Kananga", "--currency", "CDF", "--device-code", "T07",
           "--agent", "Ilunga", "--pin", "1234"]
    argv = ["--db", db, *own] if position == "before" else [*own, "--db", db]
    ok(quittance(home, *argv))
    assert db.exists()
    assert sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert not default_db(home).exists() and not (home / "data").exists()


def _effect_argv(command: str, position: str, folder: Path, db: Path, taxpayer: str) -> list[str]:
    own, takes = SUBCOMMANDS[command]
    own = [part.format(folder=folder, taxpayer=taxpayer) for part in own]
    if command == "session":
        own = ["session", "close"]  # the template's session is open
    options = {"db": ["--db", str(db)], "json": ["--json"], "as": ["--as", "Ilunga"]}
    chosen = [part for option in takes.split() for part in options[option]]
    return [*chosen, *own] if position == "before" else [*own, *chosen]


@pytest.mark.parametrize("position", ["before", "after"])
# `submissions export` needs a form on the device: tests/unit/forms/test_cli_submissions.py runs it on one.
@pytest.mark.parametrize("command", [c for c in SUBCOMMANDS if c not in ("init", "demo", "gui", "submissions export")])
def test_each_command_acts_on_the_given_db_as_the_given_agent(cli_device_template, tmp_path, command,
                                                               position):
    """The device has two agents, so a write without --as would be refused: success proves --as
    arrived, and the default database staying absent proves --db did."""
    home = tmp_path / "home"
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    result = quittance(home, *_effect_argv(command, position, tmp_path, db, taxpayer))
    out = ok(result)
    assert not default_db(home).exists()
    if "json" in SUBCOMMANDS[command][1]:
        json.loads(out)
    conn = sqlite3.connect(db)
    if command == "pay":
        assert json.loads(out)["receipt_no"] == "T07-2026-000002"
        agent = conn.execute("SELECT a.name FROM payments p JOIN agents a ON a.id = p.agent_id "
                             "WHERE p.receipt_no = 'T07-2026-000002'").fetchone()[0]
        assert agent == "Ilunga"
    if command == "search":
        assert json.loads(out)[0]["taxpayer_id"] == taxpayer
    if command in ("receipt", "print"):
        assert conn.execute("SELECT count(*) FROM receipt_prints").fetchone()[0] >= 1
