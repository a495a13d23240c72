"""What the alert queue and the void approvals share: a refusal that both the API and the command
line can say, and the checks of a supervisor's reason."""
from __future__ import annotations

from sync.server.reference import AdminError

MAX_REASON = 500


class DecisionError(AdminError):
    """A decision refused, with the API's status and stable code (the command line prints the words)."""

    def __init__(self, message: str, code: str = "bad_request", status: int = 400) -> None:
        super().__init__(message)
        self.code, self.status = code, status


def checked_reason(reason: object) -> str:
    """A reason is required: what the supervisor found, in their own words, kept with the decision."""
    text = " ".join(str(reason or "").split())
    if not text:
        raise DecisionError("a decision needs a reason: say what you found or why", "reason_required")
    if len(text) > MAX_REASON:
        raise DecisionError(f"a reason has at most {MAX_REASON} characters", "reason_too_long")
    return text


def checked_name(name: object) -> str:
    text = " ".join(str(name or "").split())
    if not text:
        raise DecisionError("say who decides (--by NAME)", "name_required")
    return text[:120]
