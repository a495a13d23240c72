"""Finishing a draft: a `submission.recorded` event, its row, and the census link, in one transaction.

The event's data is a contract once synced (the server stores and exports it; see
docs/census/submissions.md and the fixed vector in tests/vectors/submission_recorded.json):

    id            the submission's UUIDv7, made here
    form_id       the form's id, and
    form_version  its version: answers are read against exactly that definition
    agent_id      the agent who finished it
    answers       the answer tree (core/forms/model.py), non-relevant answers blanked to ""
    geometry      the first geopoint/geotrace/geoshape answer as GeoJSON text (RFC 7946,
                  [lon, lat], 7 decimals), or null
    taxpayer_id   the taxpayer it registered or updated (or the card it was started from), or null
    taxpayer_registered  true when this submission registered that taxpayer
    object_ids    the taxable objects it added, in the order of the object repeat's instances
    started_at    when the draft was started (device time); recorded_at is the event's device_time
    attachments   OPTIONAL, only when an image question is answered: per image answer, in form
                  order, {"question": ref, "name": file name, "sha256", "size", "type"}
                  (core/forms/media.py; tests/vectors/submission_recorded_media.json). Older
                  events without it stay valid.

The registry's own events (taxpayer.registered/updated, taxable_object.added, assessment.created)
come first in the chain, so the submission's event names ids that already exist."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from core.context import WriteContext
from core.errors import QuittanceError
from core.forms import drafts, media
from core.forms.census import CensusResult, apply_census
from core.forms.geometry import first_geometry
from core.forms.model import Form, Texts, localized, strip_positions
from core.ids import new_id

EVENT_TYPE = "submission.recorded"


@dataclass(frozen=True)
class InLanguage:
    """A message parameter given in several languages: the error shows the reader's."""
    texts: Texts
    fallback: str = ""

    def localized(self, locale: str) -> str:
        return localized(self.texts, locale) or self.fallback


def _session(form: Form, answers: dict[str, Any]):
    from core.forms.engine import FormSession  # the engine (h-forms-engine) evaluates the form

    return FormSession(form, answers)


def check_answers(form: Form, answers: dict[str, Any],
                  session_of: Callable[[Form, dict[str, Any]], Any] | None = None) -> dict[str, Any]:
    """The answers to record (non-relevant ones blanked), or `submission_invalid` naming the
    first problem the engine finds, by the question's label in the reader's language."""
    session = (session_of or _session)(form, answers)
    problems = session.validate()
    if problems:
        ref, problem = problems[0]
        try:
            labels = form.question(ref).labels
        except KeyError:
            labels = {}
        raise QuittanceError("submission_invalid", question=InLanguage(labels, strip_positions(ref).rsplit("/", 1)[-1]),
                             problem=InLanguage(problem), ref=ref, count=len(problems))
    return session.submission_answers()


def submit(conn: sqlite3.Connection, ctx: WriteContext, form: Form, draft_id: str,
           session_of: Callable[[Form, dict[str, Any]], Any] | None = None, media_dir: Path | None = None) -> str:
    """Inside the Ledger's write transaction: the census, the event and its row, the draft gone.
    `form` is the definition the draft was started on (its form_id and version); `media_dir` the
    folder the image answers' files are in (core/forms/media.py), hashed into the event."""
    draft = drafts.get_draft(conn, draft_id)  # read again inside the transaction: the one it deletes
    answers = check_answers(form, draft.answers, session_of)
    attachments = media.describe(form, answers, media_dir or Path(media.FOLDER))  # refused before any write
    submission_id = new_id()
    census = apply_census(conn, ctx, form, answers, submission_id=submission_id, taxpayer_id=draft.taxpayer_id)
    ctx.record(conn, EVENT_TYPE, event_data(submission_id, form, answers, agent_id=ctx.agent_id, census=census,
                                            started_at=draft.started_at, attachments=attachments),
               entity_id=submission_id)
    drafts.discard_draft(conn, draft_id)
    return submission_id


def event_data(submission_id: str, form: Form, answers: dict[str, Any], *, agent_id: str | None,
               census: CensusResult, started_at: str,
               attachments: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The `submission.recorded` data (the contract above; tests/vectors/submission_recorded.json).
    `attachments` is written only when there are some, so a form without images keeps the
    original shape."""
    data = {
        "id": submission_id, "form_id": form.form_id, "form_version": form.version, "agent_id": agent_id,
        "answers": answers, "geometry": first_geometry(form, answers), "taxpayer_id": census.taxpayer_id,
        "taxpayer_registered": census.registered, "object_ids": list(census.object_ids), "started_at": started_at,
    }
    if attachments:
        data["attachments"] = [dict(a) for a in attachments]
    return data


@dataclass(frozen=True)
class SubmissionRow:
    id: str
    form_id: str
    form_version: str
    agent_id: str
    answers: dict[str, Any]
    geometry: str | None
    taxpayer_id: str | None
    recorded_at: str
    event_seq: int

    def meta(self) -> dict[str, Any]:
        """The columns the CSV export writes beside the answers (core/forms/csv_export.py)."""
        return {"SubmissionDate": self.recorded_at, "SubmitterID": self.agent_id,
                "TaxpayerID": self.taxpayer_id or "", "FormVersion": self.form_version}


def submissions(conn: sqlite3.Connection, form_id: str, version: str | None = None) -> Iterator[SubmissionRow]:
    """A form's submissions (one version's, or all), in the order they were recorded."""
    import json

    where, params = ("form_id = ? AND form_version = ?", (form_id, version)) if version is not None \
        else ("form_id = ?", (form_id,))
    for row in conn.execute("SELECT id, form_id, form_version, agent_id, answers, geometry, taxpayer_id, "
                            f"recorded_at, event_seq FROM submissions WHERE {where} ORDER BY event_seq", params):
        values = tuple(row)
        yield SubmissionRow(*values[:4], json.loads(values[4]), *values[5:])


def submission_count(conn: sqlite3.Connection, form_id: str | None = None) -> Mapping[tuple[str, str], int]:
    """{(form_id, version): count}, for lists and the command line."""
    where, params = ("WHERE form_id = ?", (form_id,)) if form_id else ("", ())
    return {(f, v): n for f, v, n in conn.execute(
        f"SELECT form_id, form_version, count(*) FROM submissions {where} GROUP BY form_id, form_version", params)}
