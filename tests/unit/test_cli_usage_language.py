"""Usage errors of the command line in the user's language, run as a user runs them."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from core.cli_errors import translate_usage_error

QUITTANCE = [sys.executable, "-m", "desktop.main"]


def _run(args: list[str], lang: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = lang
    return subprocess.run([*QUITTANCE, *args], capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize(("lang", "expected"), [
    ("pt_PT.UTF-8", "quittance: faltam argumentos obrigatórios: --taxpayer, --tax, --period, --amount, --method"),
    ("fr_FR.UTF-8", "quittance: arguments obligatoires manquants : --taxpayer, --tax, --period, --amount, --method"),
    ("en_GB.UTF-8", "quittance: the following arguments are required: --taxpayer, --tax, --period, --amount, --method"),
])
def test_a_missing_argument_is_said_in_the_systems_language(tmp_path, lang, expected):
    done = _run(["--db", str(tmp_path / "d.db"), "pay"], lang)
    assert done.returncode == 2
    assert done.stderr.strip() == expected


def test_an_unknown_command_names_the_choices_in_portuguese(tmp_path):
    done = _run(["--db", str(tmp_path / "d.db"), "frobnicate"], "pt_BR.UTF-8")
    assert done.returncode == 2
    line = done.stderr.strip()
    assert line.startswith("quittance: argumento command: opção inválida: 'frobnicate' (escolha entre 'init', ")
    assert "invalid choice" not in line and len(done.stderr.splitlines()) == 1


def test_quittances_own_refusals_are_translated_too():
    assert translate_usage_error("--db given twice with different values", "fr") == \
        "--db donné deux fois avec des valeurs différentes"
    assert translate_usage_error("argument --count: must be between 1 and 1,000, not 5,000", "pt") == \
        "argumento --count: deve estar entre 1 e 1,000, não 5,000"


def test_a_message_no_template_knows_is_left_as_argparse_wrote_it():
    assert translate_usage_error("something argparse says in a newer Python", "fr") == \
        "something argparse says in a newer Python"
