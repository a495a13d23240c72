"""Mobile-money statements: devices record mobile-money payments and push them; an operator's
statement is imported (odd CSV dialects, twice), matched on reference, amount and a time window,
and what does not match is flagged on both sides until a supervisor clears it with a reason."""
from __future__ import annotations

import json

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from sync.server import server_settings
from sync.server.cli import main
from sync.server.db import MIGRATIONS, migrate
from sync.server.reference import AdminError
from sync.server.schema import receipts
from sync.server.statement_csv import Mapping, preview, read_amount, read_statement
from sync.server.supervisor_api import PREFIX
from tests.server.statement_support import ORANGE_CSV, ORANGE_MAPPING, mobile_day
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.support import auth

S = f"{PREFIX}/statements"


def _import(server, token, csv_text=ORANGE_CSV, operator="Orange Money",  # noqa: ANN001, ANN202
            mapping=ORANGE_MAPPING):
    body = {"operator": operator, "text": csv_text, "filename": "releve.csv"}
    if mapping is not None:
        body["mapping"] = mapping
    answer = server.client.post(f"{S}/imports", json=body, headers=auth(token))
    assert answer.status_code == 200, answer.text
    return answer.json()


def _flags(result) -> dict[str, dict]:  # noqa: ANN001
    return {(f["kind"], (f["line"] or f["receipt"])["reference"]): f for f in result["flags"]}


def test_a_statement_is_matched_and_flags_both_sides(server, tmp_path):
    day = mobile_day(server, tmp_path)
    token = supervisor_token(server)
    result = _import(server, token)
    report = result["import"]
    assert report["lines_read"] == 5 and report["new"] == 5 and report["already_imported"] == 0
    assert report["header_line"] == 4 and report["delimiter"] == ";"
    assert [(p["line"], p["reason"][:22]) for p in report["unreadable"]] == [
        (10, "amount 'deux mille' is"), (11, "time '31/13/2026 15:20")]
    assert [p["line"] for p in report["skipped"]] == [12, 13]

    matched = {(m["line"]["reference"], m["receipt"]["receipt_no"]) for m in result["matched"]}
    assert matched == {("MP241124.1530.A12345", day.receipts["MP241124.1530.A12345"]),
                       ("MP-LOWER-CASE", day.receipts["mp-lower-case"]),
                       ("OM-40404", day.receipts["OM-40404"])}
    flags = _flags(result)
    assert set(flags) == {("amount_mismatch", "OM-77821"), ("line_unmatched", "OM-55555"),
                          ("receipt_unmatched", "OM-99999")}
    mismatch = flags[("amount_mismatch", "OM-77821")]
    assert (mismatch["line"]["amount"], mismatch["receipt"]["amount"]) == (450_000, 500_000)  # minor units
    assert mismatch["receipt"]["receipt_no"] == day.receipts["OM-77821"] and mismatch["receipt"]["agent"] == \
        "Ilunga Kabeya"
    assert flags[("receipt_unmatched", "OM-99999")]["id"] == day.receipts["OM-99999"]
    assert all(f["cleared"] is None for f in result["flags"])
    assert result["counts"]["open"] == 3 and result["counts"]["matched"] == 3
    # The cash payment is in no result: only mobile money is reconciled against an operator.
    assert all(m["receipt"]["reference"] for m in result["matched"])


def test_importing_the_same_statement_twice_adds_nothing(server, tmp_path):
    mobile_day(server, tmp_path)
    token = supervisor_token(server)
    first = _import(server, token)
    again = _import(server, token, csv_text=ORANGE_CSV.replace("\r\n", "\n"), mapping=None)  # the saved mapping
    assert again["import"]["new"] == 0 and again["import"]["already_imported"] == 5
    assert again["counts"] == first["counts"]
    by_import = server.client.get(f"{S}/imports/{first['import']['id']}", headers=auth(token)).json()
    assert by_import["counts"] == first["counts"] and by_import["import"]["new"] == 5
    assert server.client.get(f"{S}/imports/nothing-such", headers=auth(token)).status_code == 404
    assert {m["line"]["id"] for m in again["matched"]} == {m["line"]["id"] for m in first["matched"]}
    with server.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM statement_lines")).scalar() == 5
    imports = server.client.get(f"{S}/imports", headers=auth(token)).json()["imports"]
    assert [i["new"] for i in imports] == [0, 5] or [i["new"] for i in imports] == [5, 0]
    assert all(i["imported_by"] == SUPERVISOR for i in imports)


def test_the_time_window_is_a_setting(server, tmp_path):
    day = mobile_day(server, tmp_path)
    token = supervisor_token(server)
    with server.engine.begin() as conn:
        server_settings.put(conn, "mobile_money.window_minutes", "60", by=SUPERVISOR)
    result = _import(server, token)
    late = _flags(result)[("time_mismatch", "OM-40404")]
    assert late["receipt"]["receipt_no"] == day.receipts["OM-40404"] and late["minutes_apart"] == 180
    assert result["window_minutes"] == 60 and result["counts"]["matched"] == 2
    with server.engine.begin() as conn, pytest.raises(AdminError, match="between 1 and"):
        server_settings.put(conn, "mobile_money.window_minutes", 0, by=SUPERVISOR)


def test_a_flag_is_cleared_only_with_a_reason_and_stays_visible_as_cleared(server, tmp_path):
    day = mobile_day(server, tmp_path)
    token = supervisor_token(server)
    result = _import(server, token)
    line_flag = _flags(result)[("line_unmatched", "OM-55555")]["id"]
    assert line_flag.startswith("L")
    no_reason = server.client.post(f"{S}/flags/{line_flag}/clear", json={"reason": "  "}, headers=auth(token))
    assert no_reason.status_code == 400 and "reason" in no_reason.json()["error"]["message"]
    done = server.client.post(f"{S}/flags/{line_flag}/clear", json={"reason": "paid a fine, not a tax"},
                              headers=auth(token))
    assert done.status_code == 200, done.text
    assert done.json()["cleared"]["by"] == SUPERVISOR
    twice = server.client.post(f"{S}/flags/{line_flag}/clear", json={"reason": "again"}, headers=auth(token))
    assert twice.status_code == 400 and "cleared already by Kalala Mwamba" in twice.json()["error"]["message"]
    matched_line = result["matched"][0]["line"]["id"]
    none = server.client.post(f"{S}/flags/{matched_line}/clear", json={"reason": "nothing"}, headers=auth(token))
    assert none.status_code == 404 and none.json()["error"]["code"] == "no_flag"

    later = server.client.get(f"{S}/results", params={"from": "2026-11-24", "to": "2026-11-24"},
                              headers=auth(token)).json()
    cleared = next(f for f in later["flags"] if f["id"] == line_flag)
    assert cleared["cleared"]["reason"] == "paid a fine, not a tax" and cleared["cleared"]["by"] == SUPERVISOR
    assert later["counts"]["cleared"] == 1 and later["counts"]["open"] == 2
    receipt_flag = server.client.post(f"{S}/flags/{day.receipts['OM-99999']}/clear",
                                      json={"reason": "operator's statement of the 25th"}, headers=auth(token))
    assert receipt_flag.status_code == 200
    nothing_that_day = server.client.get(f"{S}/results", params={"from": "2026-11-23", "to": "2026-11-23"},
                                         headers=auth(token)).json()
    assert nothing_that_day["flags"] == [] and nothing_that_day["matched"] == []

    for statement in ("UPDATE statement_clearings SET reason = 'x'", "DELETE FROM statement_clearings",
                      "UPDATE statement_lines SET amount = 1", "DELETE FROM statement_lines"):
        with pytest.raises(Exception, match="immutable"), server.engine.begin() as conn:
            conn.execute(text(statement))


def test_mappings_are_saved_per_operator_and_offered_again(server):
    token = supervisor_token(server)
    missing = server.client.get(f"{S}/mappings/Airtel Money", headers=auth(token))
    assert missing.status_code == 404
    saved = server.client.put(f"{S}/mappings/Airtel Money", headers=auth(token),
                              json={"reference": "Txn ID", "amount": "Amount", "time": "Date", "decimal": "."})
    assert saved.status_code == 200 and saved.json()["updated_by"] == SUPERVISOR
    shown = server.client.post(f"{S}/preview", headers=auth(token),
                               json={"text": "Txn ID,Amount,Date\nA1,\"1,500.00\",2026-11-24 10:00\n",
                                     "operator": "Airtel Money"}).json()
    assert shown["columns"] == ["Txn ID", "Amount", "Date"] and shown["mapping"]["reference"] == "Txn ID"
    bad = server.client.put(f"{S}/mappings/Airtel Money", headers=auth(token),
                            json={"reference": "Txn ID", "amount": "Amount", "time": "Date", "decimal": ";"})
    assert bad.status_code == 400 and "decimal separator" in bad.json()["error"]["message"]
    no_mapping = server.client.post(f"{S}/imports", headers=auth(token),
                                    json={"operator": "MTN MoMo", "text": "a,b\n1,2\n"})
    assert no_mapping.status_code == 400 and "no column mapping saved for MTN MoMo" in no_mapping.text
    wrong_columns = server.client.post(f"{S}/imports", headers=auth(token),
                                       json={"operator": "Airtel Money", "text": "Ref,Montant,Quand\nA1,1,2\n"})
    assert wrong_columns.status_code == 400
    assert "Txn ID, Amount, Date" in wrong_columns.json()["error"]["message"]
    assert "Ref, Montant, Quand" in wrong_columns.json()["error"]["message"]


@pytest.mark.parametrize("dialect, mapping, expected", [
    ("Transaction ID,Amount,Completion Time\r\nOM-1,\"1,500.00\",2026-11-24T10:00:00+02:00\r\n"
     "OM-2,1500,2026-11-24 10:05\r\n",
     {"reference": "Transaction ID", "amount": "Amount", "time": "Completion Time"},
     [("OM-1", 150_000, "2026-11-24T08:00:00.000Z"), ("OM-2", 150_000, "2026-11-24T08:05:00.000Z")]),
    ("\ufeffref\tmontant\tdate\n\nom-3\t1.500,5 FC\t24-11-2026 10h00\n",
     {"reference": "ref", "amount": "montant", "time": "date", "decimal": ",", "date_format": "%d-%m-%Y %Hh%M"},
     [("OM-3", 150_050, "2026-11-24T08:00:00.000Z")]),
    ("Relevé|x\nRef|Valor\nMZ 9|CDF 2 000\n",
     {"reference": "Ref", "amount": "Valor", "time": "Ref"}, []),  # no time: the line is a problem
])
def test_odd_dialects_read_as_minor_units(dialect, mapping, expected):
    reading = read_statement(dialect, Mapping.from_dict(mapping), "CDF", "Africa/Lubumbashi", "X")
    assert [(line.reference, line.amount, line.occurred_at) for line in reading.lines] == expected
    assert all(type(line.amount) is int for line in reading.lines)
    assert len(reading.problems) == (1 if not expected else 0)


@pytest.mark.parametrize("text, decimal, code, minor", [
    ("1 500,00", ",", "CDF", 150_000), ("1,500.00", ".", "CDF", 150_000), ("1500", ".", "XOF", 1500),
    ("1\u202f500 FCFA", ",", "XOF", 1500), ("1.500,00 XOF", ",", "XOF", 1500), ("XAF 25 000", ",", "XAF", 25_000),
    ("0,10", ",", "CDF", 10), ("'1'500.25", ".", "CDF", 150_025)])
def test_amounts_are_read_digit_by_digit(text, decimal, code, minor):
    assert read_amount(text, decimal, code) == minor


@pytest.mark.parametrize("text, decimal, code, why", [
    ("1500,5", ",", "XOF", "more decimals"), ("1,500.00", ",", "CDF", "decimal separator"),
    ("1 50 0", ",", "CDF", "decimal separator"), ("0,00", ",", "CDF", "zero"), ("", ",", "CDF", "not a number"),
    ("1e5", ".", "CDF", "not a number")])
def test_bad_amounts_say_why(text, decimal, code, why):
    with pytest.raises(ValueError, match=why):
        read_amount(text, decimal, code)


def test_preview_finds_the_header_below_title_lines():
    shown = preview(ORANGE_CSV)
    assert shown["delimiter"] == ";" and shown["header_line"] == 4
    assert shown["columns"] == ["Date opération", "Référence", "Libellé", "Montant", "Sens", "Statut"]


def test_push_fills_the_reference_and_the_revision_backfills_it(server, tmp_path):
    day = mobile_day(server, tmp_path)
    with server.engine.connect() as conn:
        stored = dict(conn.execute(select(receipts.c.receipt_no, receipts.c.reference)).all())
    assert stored[day.receipts["OM-77821"]] == "OM-77821"
    assert stored[day.receipts["mp-lower-case"]] == "mp-lower-case"  # as the agent typed it
    assert list(stored.values()).count(None) == 1  # the cash payment has none
    assert "OM-31313" in stored.values()  # voided, it keeps its reference
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with server.engine.begin() as conn:  # a server from before the column
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with server.engine.connect() as conn:
        assert "reference" not in conn.execute(text("SELECT * FROM receipts LIMIT 1")).keys()
    migrate(server.engine)
    with server.engine.connect() as conn:
        again = dict(conn.execute(select(receipts.c.receipt_no, receipts.c.reference)).all())
    assert again == stored


def test_the_command_line_imports_lists_and_clears(server, tmp_path, capsys):
    day = mobile_day(server, tmp_path)
    supervisor_token(server)  # the account `--by` names
    base = ["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url]
    path = tmp_path / "orange.csv"
    path.write_bytes(ORANGE_CSV.encode("utf-8"))
    mapping = "reference=Référence,amount=Montant,time=Date opération,direction=Sens,status=Statut"
    assert main(base + ["statement", "import", str(path), "--operator", "Orange Money", "--map", mapping,
                        "--date-format", "%d/%m/%Y %H:%M:%S", "--decimal", ","]) == 0
    printed = capsys.readouterr().out
    assert "5 line(s) read, 5 new, 0 already imported, 2 unreadable, 2 skipped" in printed
    assert "line 10: amount 'deux mille' is not a number" in printed
    assert "same reference, different amount" in printed and day.receipts["OM-99999"] in printed
    assert main(base + ["statement", "import", str(path), "--operator", "Orange Money"]) == 0  # saved mapping
    assert "5 line(s) read, 0 new, 5 already imported" in capsys.readouterr().out

    assert main(base + ["statement", "unmatched", "--json"]) == 0
    flags = json.loads(capsys.readouterr().out)["flags"]
    assert {f["kind"] for f in flags} == {"amount_mismatch", "line_unmatched", "receipt_unmatched"}
    target = day.receipts["OM-99999"]
    assert main(base + ["statement", "clear", target, "--reason", "refunded by the operator",
                        "--by", "Nobody"]) == 2
    assert "name an active supervisor" in capsys.readouterr().err
    assert main(base + ["statement", "clear", target, "--reason", "refunded by the operator",
                        "--by", SUPERVISOR]) == 0
    assert f"Flag {target} cleared" in capsys.readouterr().out
    assert main(base + ["statement", "unmatched"]) == 0
    assert target not in capsys.readouterr().out
    assert main(base + ["statement", "unmatched", "--all", "--from", "2026-11-24", "--to", "2026-11-24"]) == 0
    assert f"cleared by {SUPERVISOR}" in capsys.readouterr().out
    assert main(base + ["statement", "import", str(path), "--operator", "Orange Money", "--map", "ref=X"]) == 2
    assert "give KEY=COLUMN" in capsys.readouterr().err
