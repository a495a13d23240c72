"""Usage errors of the command line in the user's language, run as a user runs them."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli_errors import translate_usage_error
from tests.cli_support import home_env

ROOT = Path(__file__).resolve().parents[2]

BIN = Path(sys.executable).parent / "quittance"


def _run(line: str, home: Path) -> subprocess.CompletedProcess:
    """A shell line as the README writes it, `quittance` being the project's own, in a fresh home."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(home_env(home), PATH=f"{BIN.parent}{os.pathsep}{env.get('PATH', '')}")
    return subprocess.run(["bash", "-c", line], capture_output=True, text=True, env=env, timeout=60,
                          stdin=subprocess.DEVNULL)


def test_the_readme_example_runs_as_written(tmp_path):
    [line] = [part.strip("`") for part in re.findall(r"`LANG=[^`]+`", (ROOT / "README.md").read_text("utf-8"))]
    done = _run(line, tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("quittance: faltam argumentos obrigatórios: --taxpayer, ")
    assert not (tmp_path / "data" / "quittance" / "device.db").exists()  # refused before anything was made


@pytest.mark.parametrize(("lang", "expected"), [
    ("pt_PT.UTF-8", "quittance: faltam argumentos obrigatórios: --taxpayer, --tax, --period, --amount, --method"),
    ("fr_FR.UTF-8", "quittance: arguments obligatoires manquants : --taxpayer, --tax, --period, --amount, --method"),
    ("en_GB.UTF-8", "quittance: the following arguments are required: --taxpayer, --tax, --period, --amount, --method"),
])
def test_a_missing_argument_is_said_in_the_systems_language(tmp_path, lang, expected):
    done = _run(f"LANG={lang} quittance pay", tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == expected


def test_an_unknown_command_names_the_choices_in_portuguese(tmp_path):
    done = _run("LANG=pt_BR.UTF-8 quittance frobnicate", tmp_path)
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
