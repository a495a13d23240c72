"""XLSForm (.xlsx) -> the app's Form: pyxform reads and checks the workbook, this turns its JSON
into core/forms/model.py, and refuses, naming the cell, whatever the app would not fully do.

pyxform's JSON does not say which row a question came from, so the survey sheet's rows (which
pyxform reads keeping blank rows, to number them as the spreadsheet does) are walked alongside:
a question's path names its row. Expressions are kept as the author wrote them, `${name}`
references included: the engine (core/forms/supported.py and its evaluator) reads that form."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any, Mapping

from core.forms.census_decl import COLUMN as CENSUS_COLUMN, Declared, census_target
from core.forms.model import CONTAINER_TYPES, CellRef, Choice, Form, Question
from core.forms.refusal import refused
from core.forms.supported import unsupported_in

FIRST_ROW = 2  # pyxform's row lists start under the header row
# pyxform's JSON types -> the model's; anything else (audio, range, rank, start, deviceid, ...) is refused.
TYPES = {
    "text": "text", "integer": "integer", "int": "integer", "decimal": "decimal",
    "select one": "select_one", "select all that apply": "select_multiple",
    "date": "date", "time": "time", "geopoint": "geopoint", "geotrace": "geotrace", "geoshape": "geoshape",
    "photo": "image", "image": "image", "barcode": "barcode", "note": "note", "calculate": "calculate",
    "group": "group", "repeat": "repeat",
}
# Columns as authors spell them (pyxform's aliases), to name the right header in a refusal.
HEADERS = {
    "type": ("type",),
    "relevant": ("relevant", "relevance", "bind::relevant"),
    "constraint": ("constraint", "bind::constraint"),
    "calculate": ("calculation", "calculate", "bind::calculate"),
    "required": ("required", "bind::required"),
    "read_only": ("read_only", "readonly", "bind::readonly"),
    "choice_filter": ("choice_filter",),
    "repeat_count": ("repeat_count", "jr:count"),
    "default": ("default",),
    "quittance": (CENSUS_COLUMN,),
}
# Columns whose meaning the app does not carry out: a cell in one is refused rather than ignored.
REFUSED_COLUMNS = re.compile(r"^(image|audio|video|big-image|media::.*|trigger)$", re.IGNORECASE)
_YES = {"yes", "true", "true()", "1"}
_NO = {"no", "false", "false()", "0", ""}
_LANGUAGE_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\)\s*$")
_LANGUAGE_NAMES = {"french": "fr", "français": "fr", "francais": "fr", "english": "en", "anglais": "en",
                   "portuguese": "pt", "português": "pt", "portugues": "pt"}
_REF = re.compile(r"\$\{([^}]*)\}")
_PYXFORM_ROW = re.compile(r"\[row\s*:\s*(\d+)\]")
_PYXFORM_SHEET = re.compile(r"the '(\w+)' sheet")
_PYXFORM_COLUMN = re.compile(r"the '([\w:. ()-]+)' (?:value|column)")


def load_xlsform(path: str | Path) -> Form:
    """The form in an .xlsx workbook; QuittanceError `form_refused` naming the cell otherwise."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json
    from pyxform.xls2json_backends import get_xlsform

    path = Path(path)
    if not path.exists():
        raise refused(None, "form_reason_missing", file=path.name)
    if path.is_dir():
        raise refused(None, "form_reason_not_a_file", file=path.name)
    if path.suffix.lower() != ".xlsx" or not path.is_file():
        raise refused(None, "form_reason_unreadable", file=path.name, detail=path.suffix or path.name)
    if not zipfile.is_zipfile(path):  # else pyxform answers in English that .xlsx is not a supported type
        raise refused(None, "form_reason_damaged", file=path.name)
    try:
        book = get_xlsform(str(path))
        _refuse_columns(book)
        pyxform_json = workbook_to_json(book, form_name=None, fallback_form_name=book.fallback_form_name,
                                        warnings=[])
    except PyXFormError as error:
        raise _pyxform_refusal(error, path) from None
    except (OSError, ValueError, KeyError, TypeError) as error:  # a damaged file pyxform did not catch
        raise refused(None, "form_reason_unreadable", file=path.name, detail=type(error).__name__) from None
    form = _Converter(book, pyxform_json).form()
    _pyxform_checks(pyxform_json, path)
    _refuse_unrunnable(form)
    return form


def _refuse_unrunnable(form: Form) -> None:
    """What the engine could not run (calculations in a circle, an expression it cannot compile)
    is refused here, at load, rather than when an agent opens the form in the field."""
    from core.forms.graph import check_expressions

    error = check_expressions(form)
    if error is None:
        return
    source = error.question.source
    cell = CellRef(source.sheet, source.row, _KIND_COLUMNS.get(error.kind, error.kind)) if source else None
    if "circle" in error.detail:
        raise refused(cell, "form_reason_circle")
    raise refused(cell, "form_reason_unrunnable", expression=getattr(error.question, error.kind, "") or "",
                  detail=error.detail)


_KIND_COLUMNS = {"repeat_count": "repeat_count", "choice_filter": "choice_filter", "required_message": "required"}


def language_code(name: str) -> str:
    """`Français (fr)` -> "fr"; pyxform's "default" (a plain `label` column) -> ""."""
    if name in ("", "default"):
        return ""
    match = _LANGUAGE_CODE.search(name)
    if match:
        return match.group(1).lower()
    return _LANGUAGE_NAMES.get(name.strip().lower(), name.strip())


def _texts(value: Any) -> dict[str, str]:
    if value in (None, ""):
        return {}
    if isinstance(value, str):
        return {"": value}
    return {language_code(str(k)): str(v) for k, v in value.items() if v not in (None, "")}


def _parameters(value: Any) -> dict[str, str]:
    """The `parameters` column: pyxform gives a dict for selects, the raw "k=v k2=v2" text otherwise."""
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    pairs = (part.split("=", 1) for part in re.split(r"[\s,;]+", str(value or "")) if "=" in part)
    return {k.strip(): v.strip() for k, v in pairs}


def _pyxform_refusal(error: Exception, path: Path):
    text = str(error)
    row = _PYXFORM_ROW.search(text)
    sheet = _PYXFORM_SHEET.search(text)
    column = _PYXFORM_COLUMN.search(text)
    cell = CellRef(sheet.group(1) if sheet else "survey", int(row.group(1)), column.group(1) if column else "") \
        if row else CellRef(sheet.group(1), 0) if sheet else None
    detail = _PYXFORM_ROW.sub("", text).strip().rstrip(".")[:300]
    return refused(cell, "form_reason_pyxform", file=path.name, detail=detail)


def _pyxform_checks(pyxform_json: dict, path: Path) -> None:
    """pyxform's own last checks, made when it writes the XForm (references that name no question,
    names used twice): the XML itself is not kept."""
    from pyxform.builder import create_survey_element_from_dict
    from pyxform.errors import PyXFormError

    try:
        create_survey_element_from_dict(pyxform_json).to_xml(validate=False, warnings=[])
    except (PyXFormError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise _pyxform_refusal(error, path) from None


def _refuse_columns(book) -> None:
    for row in (getattr(book, "settings", None) or ())[:1]:
        for header in row:
            if header.split("::")[0].strip() == "form_title" and "::" in header:
                # pyxform 4.5.0 reads a translated title, then fails writing the XForm with a
                # message no form author could act on ("'dict' object has no attribute 'nodeType'").
                raise refused(CellRef("settings", 1, header), "form_reason_title_languages", column=header)
    for sheet in ("survey", "choices"):
        for index, row in enumerate(getattr(book, sheet) or ()):
            for header in row:
                if REFUSED_COLUMNS.match(header.split("::")[0]) or REFUSED_COLUMNS.match(header):
                    raise refused(CellRef(sheet, index + FIRST_ROW, header), "form_reason_column", column=header)


class _Converter:
    def __init__(self, book, pyxform_json: dict) -> None:
        self.book = book
        self.json = pyxform_json
        self.root = str(pyxform_json.get("name") or "data")
        self.rows = self._rows_by_path()
        self.names = {str(row.get("name")) for row, _ in self.rows.values()}
        self.census: list[Declared] = []
        self.generated: dict[str, str] = {}  # name -> calculate, of the questions pyxform adds

    def _rows_by_path(self) -> dict[str, tuple[Mapping[str, str], int]]:
        """Each named survey row by the path of its question, with its spreadsheet row number."""
        found: dict[str, tuple[Mapping[str, str], int]] = {}
        stack: list[str] = []
        for index, row in enumerate(self.book.survey or ()):
            kind = re.sub(r"[\s_]+", " ", str(row.get("type", "")).strip().lower())
            if kind in ("end group", "end repeat", "end"):
                if stack:
                    stack.pop()
                continue
            name = str(row.get("name", "")).strip()
            if not name:
                continue
            found["/" + "/".join([self.root, *stack, name])] = (row, index + FIRST_ROW)
            if kind.startswith("begin "):
                stack.append(name)
        return found

    def form(self) -> Form:
        data = self.json
        version = str(data.get("version") or "").strip()
        if not version:
            raise refused(self._settings_cell("version"), "form_reason_version")
        children = self._children(data.get("children", ()), "/" + self.root, ())
        self._check_filters(children)
        languages = self._languages()
        default = str(data.get("default_language") or "")
        return Form(form_id=str(data.get("id_string") or self.root), version=version,
                    title=_texts(data.get("title") or data.get("id_string") or ""), root=self.root,
                    children=children, choice_lists=self._choice_lists(), languages=languages,
                    default_language=language_code(default), census=census_target(self.census))

    def _check_filters(self, children: tuple[Question, ...]) -> None:
        """A choice_filter reads the choices' own columns by name (`zone = ${zone}`): a column the
        choices sheet does not have would filter every choice out, so it is refused."""
        from core.forms.xpath_parse import Path as XPath, parse, walk

        columns = {"name", "label", *(h.split("::")[0] for row in (self.book.choices_header or [{}]) for h in row)}
        for question in (q for child in children for q in child.walk() if q.choice_filter):
            for node in walk(parse(question.choice_filter)):
                if isinstance(node, XPath) and not node.absolute and node.base is None and node.steps:
                    first = node.steps[0]
                    if first.axis == "child" and first.test not in columns and not first.test.endswith(")"):
                        raise refused(self._cell(question.path, "choice_filter"), "form_reason_filter_column",
                                      name=first.test)

    def _settings_cell(self, column: str) -> CellRef:
        return CellRef("settings", FIRST_ROW if self.book.settings else 0, column)

    def _languages(self) -> tuple[str, ...]:
        found: list[str] = []
        headers = [*(h for row in (self.book.survey_header or [{}]) for h in row),
                   *(h for row in (self.book.choices_header or [{}]) for h in row)]
        for header in headers:
            base, _, language = header.partition("::")
            if base in ("label", "hint", "constraint_message", "required_message", "jr:constraintMsg",
                        "jr:requiredMsg", "guidance_hint"):
                code = language_code(language)
                if code not in found:
                    found.append(code)
        return tuple(found)

    def _children(self, items, parent: str, repeats: tuple[str, ...]) -> tuple[Question, ...]:
        # pyxform turns a repeat_count expression into a calculate of its own (`<repeat>_count`) and
        # counts by it: those rows are not the author's, their expression goes back on the repeat.
        self.generated.update({str(item["name"]): str((item.get("bind") or {}).get("calculate", ""))
                               for item in items if f"{parent}/{item['name']}" not in self.rows
                               and item.get("type") == "calculate"})
        result = []
        for item in items:
            path = f"{parent}/{item['name']}"
            if path not in self.rows:
                if item.get("type") == "calculate" or (item.get("name") == "meta" and item.get("type") == "group"):
                    continue  # pyxform's own: a repeat's count, the instanceID block (the app makes ids)
                raise refused(None, "form_reason_pyxform", detail=path)
            result.append(self._question(item, path, repeats))
        return tuple(result)

    def _cell(self, path: str, key: str) -> CellRef:
        row, number = self.rows[path]
        header = next((h for h in row if h.lower() in HEADERS.get(key, (key,))), HEADERS.get(key, (key,))[0])
        return CellRef("survey", number, header)

    def _expression(self, path: str, key: str, value: Any) -> str | None:
        if value in (None, ""):
            return None
        text = str(value).strip()
        missing = unsupported_in(text)
        if missing:
            raise refused(self._cell(path, key), "form_reason_expression", expression=text[:120],
                          items=", ".join(missing))
        for name in _REF.findall(text):
            if name not in self.names:
                raise refused(self._cell(path, key), "form_reason_reference", name=name)
        return text

    def _flag(self, path: str, key: str, value: Any) -> str | None:
        """`required`: yes/no become true()/None; an expression is kept."""
        text = str(value if value is not None else "").strip()
        if text.lower() in _YES:
            return "true()"
        if text.lower() in _NO:
            return None
        return self._expression(path, key, text)

    def _question(self, item: dict, path: str, repeats: tuple[str, ...]) -> Question:
        kind = TYPES.get(str(item.get("type")))
        row, _ = self.rows[path]
        words = str(row.get("type", "")).lower().split()
        if kind is None or words[0] in ("select_one_from_file", "select_multiple_from_file") or "or_other" in words:
            raise refused(self._cell(path, "type"), "form_reason_type", type=row.get("type") or item.get("type"))
        bind = item.get("bind") or {}
        control = item.get("control") or {}
        read_only = str(bind.get("readonly", "")).strip().lower()
        if read_only not in _YES | _NO:
            raise refused(self._cell(path, "read_only"), "form_reason_read_only", value=read_only)
        inner = (*repeats, path) if kind == "repeat" else repeats
        children = self._children(item.get("children", ()), path, inner) if kind in CONTAINER_TYPES else ()
        count = control.get("jr:count")
        made = _REF.fullmatch(str(count or "").strip())
        if made and made.group(1) in self.generated:
            count = self.generated[made.group(1)]
        default = item.get("default")
        if default not in (None, "") and item.get("_dynamic_default"):
            default = self._expression(path, "default", default)
        question = Question(
            name=str(item["name"]), type=kind, path=path, labels=_texts(item.get("label")),
            hints=_texts(item.get("hint")), required=self._flag(path, "required", bind.get("required")),
            required_message=_texts(bind.get("jr:requiredMsg")),
            relevant=self._expression(path, "relevant", bind.get("relevant")),
            constraint=self._expression(path, "constraint", bind.get("constraint")),
            constraint_message=_texts(bind.get("jr:constraintMsg")),
            calculate=self._expression(path, "calculate", bind.get("calculate")),
            default=None if default in (None, "") else str(default), read_only=read_only in _YES,
            choice_list=str(item["list_name"]) if item.get("list_name") else None,
            choice_filter=self._expression(path, "choice_filter", item.get("choice_filter")),
            appearance=str(control.get("appearance") or ""),
            parameters=_parameters(item.get("parameters")),
            children=children,
            repeat_count=None if kind != "repeat" or count in (None, "") else
            self._expression(path, "repeat_count", count),
            source=self._cell(path, "name"),
        )
        declared = str(row.get(CENSUS_COLUMN, "") or "").strip()
        if declared:
            self.census.append(Declared(declared, question, self._cell(path, "quittance"), repeats))
        return question

    def _choice_lists(self) -> dict[str, tuple[Choice, ...]]:
        lists = self.json.get("choices") or {}
        return {str(name): tuple(Choice(name=str(c["name"]), labels=_texts(c.get("label")),
                                        extra={str(k): str(v) for k, v in c.items()
                                               if k not in ("name", "label") and v not in (None, "")})
                                 for c in choices)
                for name, choices in lists.items()}
