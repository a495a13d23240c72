"""Tiny form builders for the engine's tests: Form objects made directly, no loader."""
from __future__ import annotations

from datetime import datetime, timezone

from core.forms.engine import FormSession
from core.forms.model import Choice, Form, Question

NOW = datetime(2026, 11, 30, 9, 30, tzinfo=timezone.utc)


def q(name: str, kind: str = "text", parent: str = "/f", **fields) -> Question:
    children = tuple(fields.pop("children", ()))
    path = f"{parent}/{name}"
    # children were made with the parent's path in mind
    return Question(name, kind, path, labels=fields.pop("labels", {"en": name}), children=children, **fields)


def form(*questions: Question, choices: dict | None = None, languages=("en", "fr", "pt")) -> Form:
    return Form("test", "1", {"en": "Test"}, "f", tuple(questions), choice_lists=choices or {},
                languages=languages, default_language="en")


def choice(name: str, en: str = "", fr: str = "", pt: str = "", **extra: str) -> Choice:
    return Choice(name, {"en": en or name, "fr": fr or name, "pt": pt or name}, extra)


def session(*questions: Question, choices: dict | None = None, answers: dict | None = None,
            language: str = "en") -> FormSession:
    return FormSession(form(*questions, choices=choices), answers, language=language, now=lambda: NOW)


def calc(expression: str, *questions: Question, values: dict | None = None, choices: dict | None = None) -> str:
    """The value of a calculate over questions answered with `values` ({ref: text})."""
    s = session(*questions, q("out", "calculate", calculate=expression), choices=choices)
    for ref, text in (values or {}).items():
        s.set_value(ref, text)
    return s.value("/f/out")
