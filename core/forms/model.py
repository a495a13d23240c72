"""The app's own form model: what an XLSForm becomes once loaded, and all the rest of the app sees.

A form is a tree of questions. Groups and repeats hold children; every other question is a leaf.
Answers are a JSON tree that mirrors the form's instance, the way ODK's XML instance does:
- the root and each group are a dict of child name -> answer;
- a repeat is a list of dicts, one per instance;
- a leaf is a string in ODK's own text encoding ("" when unanswered): select_multiple is
  space-separated choice names, geopoint is "lat lon alt accuracy", geotrace/geoshape are points
  joined by ";", date is YYYY-MM-DD, time is HH:MM:SS.000+hh:mm as ODK writes it.
Strings everywhere is deliberate: it is what XPath sees, so the engine, drafts, submissions and
exports never convert.

A node of the instance is named by its ref: an absolute path from the root element with 1-based
repeat positions, e.g. "/census/household[2]/member[1]/age". A question's `path` is the same
without positions ("/census/household/member/age").

Labels, hints and messages are per language: a dict from language code ("fr", "pt", "en") to
text, with "" for a column that names no language (plain `label`). Pick one with `localized`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Mapping

LEAF_TYPES = frozenset({
    "text", "integer", "decimal", "select_one", "select_multiple", "date", "time",
    "geopoint", "geotrace", "geoshape", "image", "barcode", "note", "calculate",
})
CONTAINER_TYPES = frozenset({"group", "repeat"})
GEOMETRY_TYPES = frozenset({"geopoint", "geotrace", "geoshape"})

Texts = Mapping[str, str]  # language code ("" for none) -> text


def localized(texts: Texts | None, language: str, default_language: str = "") -> str:
    """The text in `language`, else the form's default language, else the unnamed column, else any."""
    if not texts:
        return ""
    for key in (language, default_language, ""):
        if key in texts and texts[key]:
            return texts[key]
    return next((text for text in texts.values() if text), "")


@dataclass(frozen=True)
class CellRef:
    """Where something came from in the workbook, for messages that name the cell at fault."""
    sheet: str
    row: int  # 1-based, as a spreadsheet shows it
    column: str = ""  # the column's header, e.g. "constraint"

    def __str__(self) -> str:
        return f"{self.sheet}!{self.column or '?'}{self.row}" if self.column else f"{self.sheet} row {self.row}"


@dataclass(frozen=True)
class Choice:
    name: str
    labels: Texts
    extra: Mapping[str, str] = field(default_factory=dict)  # other columns of the choices sheet (choice_filter uses them)


@dataclass(frozen=True)
class Question:
    name: str
    type: str  # one of LEAF_TYPES or CONTAINER_TYPES
    path: str  # "/census/household/member/age"
    labels: Texts = field(default_factory=dict)
    hints: Texts = field(default_factory=dict)
    required: str | None = None  # an XPath expression ("true()" for `yes`), None when not required
    required_message: Texts = field(default_factory=dict)
    relevant: str | None = None
    constraint: str | None = None
    constraint_message: Texts = field(default_factory=dict)
    calculate: str | None = None
    default: str | None = None  # a literal, or an expression when it starts with an XPath function
    read_only: bool = False
    choice_list: str | None = None  # the list_name on the choices sheet (select_one/select_multiple)
    choice_filter: str | None = None
    appearance: str = ""
    parameters: Mapping[str, str] = field(default_factory=dict)
    children: tuple["Question", ...] = ()  # groups and repeats only
    repeat_count: str | None = None  # repeats only: an expression; None means open-ended
    source: CellRef | None = None

    @property
    def is_container(self) -> bool:
        return self.type in CONTAINER_TYPES

    def walk(self) -> Iterator["Question"]:
        """This question, then every descendant, in form order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class CensusTarget:
    """What a submission does to the tax roll: which answers become which taxpayer field or
    taxable-object field. Paths are question paths; the loader fills this from the form's own
    declaration, and the submissions module applies it through the registry's own calls."""
    taxpayer_fields: Mapping[str, str] = field(default_factory=dict)  # taxpayer field -> question path
    object_repeat: str | None = None  # a repeat whose each instance is one taxable object, or None
    object_kind: str | None = None
    object_fields: Mapping[str, str] = field(default_factory=dict)  # object field/attribute -> question path (relative to the repeat)


@dataclass(frozen=True)
class Form:
    form_id: str
    version: str
    title: Texts
    root: str  # the instance's root element name ("data" when the form names none)
    children: tuple[Question, ...]
    choice_lists: Mapping[str, tuple[Choice, ...]] = field(default_factory=dict)
    languages: tuple[str, ...] = ()  # as declared in the columns, "" included when plain columns exist
    default_language: str = ""
    census: CensusTarget | None = None

    def walk(self) -> Iterator[Question]:
        for child in self.children:
            yield from child.walk()

    def question(self, path: str) -> Question:
        """The question at a path ("/census/household/age"); a ref with positions works too."""
        bare = strip_positions(path)
        for question in self.walk():
            if question.path == bare:
                return question
        raise KeyError(path)

    @property
    def question_count(self) -> int:
        """Questions an agent meets (groups, repeats and calculates are not counted)."""
        return sum(1 for q in self.walk() if q.type in LEAF_TYPES and q.type != "calculate")


def strip_positions(ref: str) -> str:
    """"/census/household[2]/age" -> "/census/household/age"."""
    parts = []
    for step in ref.split("/"):
        parts.append(step.split("[", 1)[0])
    return "/".join(parts)
