"""The Ledger's census drafts and submissions (mixed into core/service.Ledger).

Drafts are saved in their own committed transaction on every answer (core/forms/drafts.py);
`submit_draft` is one write transaction holding the census's registry events, the submission's
event and row, and the draft's removal (core/forms/submissions.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from core.changes import Changes, ids
from core.clock import iso
from core.errors import QuittanceError
from core.forms import drafts as _drafts
from core.forms import submissions as _submissions
from core.forms.media import export_media, media_dir
from core.forms.csv_export import write_submissions_csv


class SubmissionsLedger:
    """Methods of `Ledger`; they use its store, clock, acting agent and write context."""

    def start_draft(self, form_id: str, version: str | None = None, taxpayer_id: str | None = None) -> str:
        """A new draft of the form (its latest version when none is given), by the acting agent;
        `taxpayer_id` when started from a taxpayer's card (the census then updates that taxpayer)."""
        form = self.form(form_id, version)
        if self.agent_id is None:
            raise QuittanceError("agent_required")
        with self._write() as conn:
            draft_id = _drafts.start_draft(conn, form_id=form.form_id, form_version=form.version,
                                           agent_id=self.agent_id, now=iso(self.clock()), taxpayer_id=taxpayer_id)
        return self._changed(draft_id, Changes(submissions=ids(draft_id)))

    def save_draft(self, draft_id: str, answers: dict[str, Any]) -> None:
        """Committed at once (a crash loses nothing); one UPDATE, called on every answer."""
        with self.store.transaction() as conn:
            _drafts.save_draft(conn, draft_id, answers, iso(self.clock()))
        self._changed(None, Changes(submissions=ids(draft_id)))

    def drafts(self, agent_id: str | None = None) -> list[_drafts.DraftSummary]:
        with self.store.read() as conn:
            return _drafts.drafts(conn, agent_id)

    def draft(self, draft_id: str) -> _drafts.Draft:
        with self.store.read() as conn:
            return _drafts.get_draft(conn, draft_id)

    def discard_draft(self, draft_id: str) -> None:
        with self.store.transaction() as conn:
            _drafts.discard_draft(conn, draft_id)
        self._changed(None, Changes(submissions=ids(draft_id)))

    def submit_draft(self, draft_id: str) -> str:
        """Finish a draft: refused with `submission_invalid` while the engine finds a problem."""
        found = self.draft(draft_id)
        form = self.form(found.form_id, found.form_version)
        with self._write() as conn:
            ctx = self._ctx(conn)
            submission_id = _submissions.submit(conn, ctx, form, draft_id,
                                                media_dir=media_dir(self.store.path))
            taxpayer_id = conn.execute("SELECT taxpayer_id FROM submissions WHERE id = ?",
                                       (submission_id,)).fetchone()[0]
        return self._changed(submission_id, Changes(submissions=ids(draft_id, submission_id),
                                                    taxpayers=ids(taxpayer_id)))

    def submissions(self, form_id: str, version: str | None = None) -> list[_submissions.SubmissionRow]:
        with self.store.read() as conn:
            return list(_submissions.submissions(conn, form_id, version))

    def export_submissions(self, form_id: str, out_dir: Path, version: str | None = None) -> tuple[list[Path], int]:
        """CSV files of a form's submissions (core/forms/csv_export.py) and how many were written.
        The layout is the requested version's (the latest one when none is given)."""
        form = self.form(form_id, version)
        rows = self.submissions(form_id, version)
        paths = write_submissions_csv(form, ((r.id, r.answers, r.meta()) for r in rows), out_dir)
        return paths, len(rows)

    def export_submission_media(self, form_id: str, out_dir: Path,
                                version: str | None = None) -> tuple[list[Path], list[str]]:
        """The photos of those submissions into out_dir/media/ (core/forms/media.py): (files
        written, names missing on this device)."""
        rows = self.submissions(form_id, version)
        with self.store.read() as conn:
            return export_media(conn, [r.event_seq for r in rows], media_dir(self.store.path), Path(out_dir))
