"""Where the entry screen gets its FormSession (core/forms/engine.py, the forms-engine contract)."""
from __future__ import annotations

from typing import Any

from core.forms.model import Form


def new_session(form: Form, answers: dict | None, language: str) -> Any:
    from core.forms.engine import FormSession  # the engine is a sibling slice; imported when a form opens

    return FormSession(form, answers, language=language)
