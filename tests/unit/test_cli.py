"""The command line as an operator uses it: real subprocess-free runs of `quittance` on a real file."""
import json

import pytest

from desktop.main import main


@pytest.fixture(autouse=True)
def agent_pin(monkeypatch, tmp_path):
    """Writes need the acting agent's PIN: scripts give it in QUITTANCE_PIN. The default database
    lives under a temporary home, so no test can touch a real one."""
    monkeypatch.setenv("QUITTANCE_PIN", "1234")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "device.db"
    code, _, err = run(capsys, "init", "--db", path, "--municipality", "Commune de Kananga", "--currency", "CDF",
                       "--device-code", "T07", "--agent", "Ilunga", "--pin", "1234")
    assert code == 0, err
    assert run(capsys, "seed", "--db", path, "--taxpayers", 50, "--seed", 3)[0] == 0
    return path


def test_a_day_in_the_field_from_the_command_line(db, capsys):
    code, taxpayer_id, _ = run(capsys, "register", "--db", db, "--name", "Thérèse Mbuyi", "--phone", "0812345678",
                               "--zone", "KAT", "--lat", -5.9, "--lon", 22.4, "--accuracy", 6, "--source", "gps")
    assert code == 0 and len(taxpayer_id) == 36
    code, out, _ = run(capsys, "search", "--db", db, "therese mbuyi", "--json")
    assert json.loads(out)[0]["taxpayer_id"] == taxpayer_id
    assert run(capsys, "session", "open", "--db", db, "--float", "10 000")[0] == 0
    code, receipt, err = run(capsys, "pay", "--db", db, "--taxpayer", taxpayer_id, "--tax", "PAT", "--period", "2026",
                             "--amount", "5000", "--method", "cash", "--advance")
    assert (code, receipt) == (0, "T07-2026-000001")
    assert "cinq mille francs congolais" in err
    assert run(capsys, "void", "--db", db, receipt, "--reason", "Erreur")[0] == 0
    code, out, _ = run(capsys, "session", "close", "--db", db, "--json")
    assert json.loads(out)["voids"][0]["receipt_no"] == receipt
    code, out, _ = run(capsys, "verify", "--db", db)
    assert code == 0 and "Intègre" in out


def test_seed_is_deterministic(tmp_path, capsys):
    exports = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.db"
        run(capsys, "init", "--db", path, "--municipality", "Kananga", "--currency", "CDF", "--device-code", "T07")
        run(capsys, "seed", "--db", path, "--taxpayers", 30, "--seed", 9)
        run(capsys, "export", "--db", path, "--format", "csv", "--what", "taxpayers", "--out", tmp_path / f"{name}.csv")
        exports.append((tmp_path / f"{name}.csv").read_text(encoding="utf-8"))
    assert exports[0] == exports[1]
    assert "é" in exports[0] or "ï" in exports[0] or "ë" in exports[0]


def test_exports_csv_and_geojson(db, tmp_path, capsys):
    assert run(capsys, "export", "--db", db, "--format", "geojson", "--what", "taxpayers",
               "--out", tmp_path / "t.geojson")[0] == 0
    data = json.loads((tmp_path / "t.geojson").read_text(encoding="utf-8"))
    assert len(data["features"]) == 50
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert -5.96 <= lat <= -5.84 and 22.36 <= lon <= 22.49
    assert run(capsys, "export", "--db", db, "--format", "csv", "--what", "payments", "--out",
               tmp_path / "p.csv")[0] == 0
    assert (tmp_path / "p.csv").read_text(encoding="utf-8").startswith("\ufeffreceipt_no,")  # BOM: Excel shows accents


def count_events(db):
    from tests import device_sqlite as sqlite3  # the device driver, keyed
    return sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone()[0]


@pytest.mark.parametrize("argv, needle", [
    (["pay", "--taxpayer", "nobody", "--tax", "PAT", "--period", "2026", "--amount", "5000", "--method", "cash"],
     "session"),
    (["pay", "--taxpayer", "x", "--tax", "PAT", "--period", "2026", "--amount", "abc", "--method", "cash"],
     "Montant invalide"),
    (["void", "T07-2026-999999", "--reason", "x"], "introuvable"),
    (["register", "--name", "A", "--phone", "123"], "téléphone"),
    (["register", "--name", "A", "--zone", "Atlantis"], "Zone inconnue"),
    (["register", "--name", "A", "--lat", "-5.9"], "Coordonnées"),
    (["session", "close"], "Aucune session"),
    (["init", "--municipality", "X", "--currency", "CDF", "--device-code", "T08"], "déjà initialisé"),
])
def test_bad_input_gets_one_line_a_nonzero_exit_and_changes_nothing(db, capsys, argv, needle):
    before = count_events(db)
    code, out, err = run(capsys, *argv[:1], "--db", db, *argv[1:])
    assert code != 0
    assert needle in err and len(err.splitlines()) == 1
    assert count_events(db) == before


def test_usage_errors_are_one_line(db, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["pay", "--db", str(db), "--taxpayer", "x"])
    assert raised.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_commands_on_a_missing_database_do_not_create_it(tmp_path, capsys):
    path = tmp_path / "nope.db"
    code, _, err = run(capsys, "verify", "--db", path)
    assert code != 0 and "init" in err
    assert not path.exists()


def test_bad_currency_and_device_code_at_init(tmp_path, capsys):
    code, _, err = run(capsys, "init", "--db", tmp_path / "a.db", "--municipality", "X", "--currency", "ZZZ",
                       "--device-code", "T07")
    assert code == 2 and "Devise inconnue" in err
    code, _, err = run(capsys, "init", "--db", tmp_path / "b.db", "--municipality", "X", "--currency", "XOF",
                       "--device-code", "t 7!")
    assert code == 2 and "Code d'appareil" in err


def test_output_speaks_the_municipalitys_language(tmp_path, capsys):
    path = tmp_path / "huambo.db"
    code, out, _ = run(capsys, "init", "--db", path, "--municipality", "Município do Huambo", "--currency", "AOA",
                       "--device-code", "H01", "--locale", "pt")
    assert code == 0 and out.startswith("Dispositivo H01 inicializado")
    assert run(capsys, "verify", "--db", path)[1].startswith("Íntegro")
    code, _, err = run(capsys, "session", "close", "--db", path)
    assert code == 2 and "Nenhuma sessão de caixa aberta" in err


def test_verify_names_the_first_break_in_french_and_exits_1(db, capsys):
    from tests import device_sqlite as sqlite3  # the device driver, keyed
    _, taxpayer_id, _ = run(capsys, "register", "--db", db, "--name", "Thérèse Mbuyi")
    run(capsys, "session", "open", "--db", db)
    _, receipt, _ = run(capsys, "pay", "--db", db, "--taxpayer", taxpayer_id, "--tax", "PAT", "--period", "2026",
                        "--amount", "5000", "--method", "cash", "--advance")
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER payments_no_update")
    conn.execute("UPDATE payments SET amount = 100 WHERE receipt_no = ?", (receipt,))
    conn.commit()
    code, out, _ = run(capsys, "verify", "--db", db)
    assert code == 1
    assert out.startswith("ALTÉRÉ : événement n° ") and f"table payments, ligne {receipt} : la colonne amount diffère du journal" in out


def test_closing_a_session_says_how_many_receipts_were_never_printed(db, tmp_path, capsys):
    code, taxpayer_id, _ = run(capsys, "register", "--db", db, "--name", "Thérèse Mbuyi", "--zone", "KAT")
    run(capsys, "session", "open", "--db", db)
    receipts = [run(capsys, "pay", "--db", db, "--taxpayer", taxpayer_id, "--tax", "PAT", "--period", "2026",
                    "--amount", "5000", "--method", "cash", "--advance")[1] for _ in range(2)]
    assert run(capsys, "receipt", "--db", db, receipts[0], "--out", tmp_path / "r.pdf")[0] == 0  # a copy given
    code, out, _ = run(capsys, "session", "close", "--db", db)
    assert code == 0 and "Reçus pas encore imprimés : 1" in out
