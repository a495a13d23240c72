"""Carry messages from the old trilingual Python dictionaries into the catalogues.

Branches made before the catalogues kept adding entries to `_CATALOGUE` (core/messages.py),
`_PROBLEMS` (core/problems.py) and `_LABELS` (printing/labels.py). After merging such a branch:

    .venv/bin/python -m resources.locale.port h-payment      # a branch, tag or commit

reads those dictionaries as the branch has them and as its merge base with HEAD had them, and
adds to every .po (and .pot) each entry that the branch added or changed. Run it once per branch,
then `python -m resources.locale.update` and the completeness test."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from resources.locale.tools import LOCALE_DIR, add_messages

Entries = dict[str, dict[str, str]]
# (file, dictionary, domain, code prefix)
SOURCES = (
    ("core/messages.py", "_CATALOGUE", "quittance", ""),
    ("core/problems.py", "_PROBLEMS", "quittance", "problem:"),
    ("core/problems.py", "_EVENT_PREFIX", "quittance", "problem:"),
    ("printing/labels.py", "_LABELS", "receipts", ""),
)


def dictionary(source: str, name: str) -> dict:
    """The literal value assigned to `name` at the top of a module's source, {} when absent."""
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value is not None:
            return ast.literal_eval(node.value)
    return {}


def entries(source: str, name: str, prefix: str) -> Entries:
    """The dictionary in the {code: {"fr", "en", "pt"}} form, whatever its old shape."""
    value = dictionary(source, name)
    if name == "_PROBLEMS":  # code -> (en, fr, pt)
        return {prefix + code: dict(zip(("en", "fr", "pt"), texts)) for code, texts in value.items()}
    if name == "_EVENT_PREFIX":  # one message: {locale: text}
        return {prefix + "event_prefix": dict(value)} if value else {}
    return {prefix + code: dict(texts) for code, texts in value.items()}


def changed(branch: Entries, base: Entries) -> Entries:
    return {code: texts for code, texts in branch.items() if base.get(code) != texts}


def _show(ref: str, path: str) -> str:
    done = subprocess.run(["git", "show", f"{ref}:{path}"], capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else ""


def port(ref: str, directory: Path = LOCALE_DIR) -> dict[str, list[str]]:
    """Add to the catalogues what `ref` added or changed in the old dictionaries since its merge base."""
    base = subprocess.run(["git", "merge-base", "HEAD", ref], capture_output=True, text=True,
                          check=True).stdout.strip()
    written: dict[str, list[str]] = {}
    for path, name, domain, prefix in SOURCES:
        new = changed(entries(_show(ref, path), name, prefix), entries(_show(base, path), name, prefix))
        if new:
            written.setdefault(domain, []).extend(add_messages(domain, new, directory))
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    for domain, codes in port(argv[0]).items():
        print(f"{domain}: {len(codes)} message(s) added or changed: {', '.join(codes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
