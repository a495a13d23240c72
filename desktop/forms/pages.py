"""How a form is cut into pages, as ODK Collect does: one question per page, one page for a group
whose appearance is field-list, and after each open-ended repeat a page that adds another
instance or goes on. Pure logic over the FormSession: no Qt, so it is cheap to test and to redo
after every answer (relevance and repeat counts move the pages)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from core.forms.model import Form, Question

QUESTION, GROUP, REPEAT = "question", "group", "repeat"


@dataclass(frozen=True)
class Page:
    kind: str  # QUESTION, GROUP (field-list) or REPEAT (add another / go on)
    ref: str  # the question's, the group's, or the repeat's ref (no position on the repeat itself)
    refs: tuple[str, ...] = ()  # the questions shown on the page
    count: int = 0  # REPEAT only: instances recorded so far

    def holds(self, ref: str) -> bool:
        return ref == self.ref or ref in self.refs or ref.startswith(self.ref + "/") and self.kind == GROUP


def root_answers(form: Form, answers: dict[str, Any]) -> dict[str, Any]:
    """The dict holding the root's children (a tree wrapped in its root element is unwrapped)."""
    names = {q.name for q in form.children}
    if form.root not in names and set(answers) == {form.root} and isinstance(answers[form.root], dict):
        return answers[form.root]
    return answers


def field_list(question: Question) -> bool:
    return "field-list" in question.appearance.split()


def is_shown(question: Question) -> bool:
    """A question the agent meets (calculates are computed, never asked)."""
    return not question.is_container and question.type != "calculate"


def paginate(session: Any) -> list[Page]:
    """Every page the agent can reach now, in form order (non-relevant ones left out)."""
    form: Form = session.form
    pages: list[Page] = []
    _walk(session, form.children, f"/{form.root}", root_answers(form, session.answers), pages)
    return pages


def _leaves(session: Any, questions: Iterable[Question], prefix: str) -> list[str]:
    refs: list[str] = []
    for question in questions:
        ref = f"{prefix}/{question.name}"
        if question.type == "group":
            if session.is_relevant(ref):
                refs.extend(_leaves(session, question.children, ref))
        elif is_shown(question) and session.is_relevant(ref):
            refs.append(ref)
    return refs


def _walk(session: Any, questions: Iterable[Question], prefix: str, node: Any, pages: list[Page]) -> None:
    node = node if isinstance(node, dict) else {}
    for question in questions:
        ref = f"{prefix}/{question.name}"
        if question.type == "group":
            if not session.is_relevant(ref):
                continue
            if field_list(question):
                pages.append(Page(GROUP, ref, tuple(_leaves(session, question.children, ref))))
            else:
                _walk(session, question.children, ref, node.get(question.name), pages)
        elif question.type == "repeat":
            if not _repeat_relevant(session, ref, prefix):
                continue
            instances = node.get(question.name)
            instances = instances if isinstance(instances, list) else []
            for position, instance in enumerate(instances, start=1):
                instance_ref = f"{ref}[{position}]"
                if not session.is_relevant(instance_ref):
                    continue
                if field_list(question):
                    pages.append(Page(GROUP, instance_ref, tuple(_leaves(session, question.children, instance_ref))))
                else:
                    _walk(session, question.children, instance_ref, instance, pages)
            if question.repeat_count is None:  # a counted repeat follows its count: nothing to ask
                pages.append(Page(REPEAT, ref, (), len(instances)))
        elif is_shown(question) and session.is_relevant(ref):
            pages.append(Page(QUESTION, ref, (ref,)))


def _repeat_relevant(session: Any, ref: str, parent: str) -> bool:
    """A repeat without an instance has no node to judge: it follows the group holding it (its own
    condition is judged on each instance, as ODK does)."""
    try:
        return session.is_relevant(ref)
    except KeyError:
        return session.is_relevant(parent)


def page_of(pages: list[Page], ref: str) -> int:
    """The index of the page showing `ref` (a question, a group, a repeat instance), or -1."""
    for index, page in enumerate(pages):
        if page.holds(ref):
            return index
    for index, page in enumerate(pages):  # a repeat instance: its first page
        if page.ref.startswith(ref + "/") or any(r.startswith(ref + "/") for r in page.refs):
            return index
    return -1


def shown_refs(pages: list[Page]) -> list[str]:
    """Every question the agent can answer now, in order (for the questions panel)."""
    return [ref for page in pages for ref in page.refs]
