"""Submissions as CSV, laid out as ODK Central exports them: one file per repeat, joined by keys.

- `<form_id>.csv`: one row per submission. `SubmissionDate` first, then one column per question
  outside repeats, named by its path below the root with groups joined by "-" ("owner-name"),
  then `meta-instanceID` and `KEY` ("uuid:<submission id>") and the other meta columns.
- `<form_id>-<repeat name>.csv` for each repeat, nested ones included: one row per instance,
  its questions named by their path below the repeat, then `PARENT_KEY` (the submission's KEY,
  or the enclosing instance's) and `KEY` (`<parent key>/<repeat name>[n]`, 1-based).
- A geopoint is four columns, `<name>-Latitude`, `-Longitude`, `-Altitude`, `-Accuracy`;
  select_multiple stays the space-separated choice names ODK writes; notes have no column.

Cells are made safe as the device's other exports (core/export.csv_cell: no formula a
spreadsheet would run) and the files are UTF-8 with a BOM. The server exports through this
same function (sync/server), so nothing here reads a device's store."""
from __future__ import annotations

import csv
import re
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from core.errors import QuittanceError
from core.export import check_out_folder, csv_cell, output_file
from core.forms.answer_tree import root_answers
from core.forms.model import Form, Question

GEOPOINT_PARTS = ("Latitude", "Longitude", "Altitude", "Accuracy")
# Central's meta columns that mean something here (SubmitterID: the agent), and the taxpayer the
# census linked the submission to. SubmissionDate comes first in the file, the others after KEY.
META_COLUMNS = ("SubmissionDate", "SubmitterID", "SubmitterName", "DeviceID", "TaxpayerID", "FormVersion")
Row = tuple[str, Mapping[str, Any], Mapping[str, Any]]  # (submission id, answers, meta columns)


@dataclass
class _Table:
    """One CSV file: the questions of the root or of one repeat, and the repeats inside it."""
    name: str
    columns: list[str] = field(default_factory=list)
    cells: list[Callable[[Mapping[str, Any]], list[str]]] = field(default_factory=list)
    repeats: list[tuple[tuple[str, ...], Question, "_Table"]] = field(default_factory=list)


def _layout(form: Form) -> tuple[_Table, list[_Table]]:
    main = _Table(form.form_id)
    every = [main]

    def fill(table: _Table, questions: tuple[Question, ...], prefix: tuple[str, ...]) -> None:
        for question in questions:
            steps = (*prefix, question.name)
            if question.type == "group":
                fill(table, question.children, steps)
            elif question.type == "repeat":
                inner = _Table(f"{form.form_id}-{question.name}")
                every.append(inner)
                table.repeats.append((steps, question, inner))
                fill(inner, question.children, ())
            elif question.type == "note":
                continue
            elif question.type == "geopoint":
                table.columns += [f"{'-'.join(steps)}-{part}" for part in GEOPOINT_PARTS]
                table.cells.append(lambda node, steps=steps: _geopoint(_at(node, steps)))
            else:
                table.columns.append("-".join(steps))
                table.cells.append(lambda node, steps=steps: [_at(node, steps)])

    fill(main, form.children, ())
    return main, every


def _at(node: Any, steps: tuple[str, ...]) -> Any:
    for step in steps:
        node = node.get(step) if isinstance(node, Mapping) else None
    return node if node is not None else ""


def _geopoint(value: Any) -> list[str]:
    parts = value.split() if isinstance(value, str) else []
    return (parts + [""] * 4)[:4] if parts else [""] * 4


def write_submissions_csv(form: Form, rows: Iterable[Row], out_dir: Path) -> list[Path]:
    """Write `<form_id>.csv` and one `<form_id>-<repeat>.csv` per repeat into `out_dir` (which
    must exist); return their paths, main file first. `rows` yield (submission id, answers, meta)
    where meta gives the META_COLUMNS it knows (SubmissionDate, SubmitterID...; others are left
    blank). Every file is written whole or not at all, its header even with no submission."""
    out_dir = Path(out_dir)
    check_out_folder(out_dir / f"{form.form_id}.csv")  # a missing folder (an unplugged USB key) is named
    main, tables = _layout(form)
    paths = [out_dir / f"{table.name}.csv" for table in tables]
    try:
        with ExitStack() as stack:
            writers = {}
            for table, path in zip(tables, paths):
                handle = stack.enter_context(output_file(path, "w", encoding="utf-8-sig", newline=""))
                writers[table.name] = csv.writer(handle)
            writers[main.name].writerow(["SubmissionDate", *main.columns, "meta-instanceID", "KEY",
                                         *META_COLUMNS[1:]])
            for table in tables[1:]:
                writers[table.name].writerow([*table.columns, "PARENT_KEY", "KEY"])
            for submission_id, answers, meta in rows:
                key = f"uuid:{submission_id}"
                node = root_answers(form, answers)
                _write(writers[main.name], [meta.get("SubmissionDate", ""), *_cells(main, node), key, key,
                                            *(meta.get(name, "") for name in META_COLUMNS[1:])])
                _write_repeats(writers, main, node, key)
    except OSError as error:
        raise QuittanceError("file_error", path=str(out_dir), detail=error.strerror or str(error)) from error
    return paths


def _cells(table: _Table, node: Mapping[str, Any]) -> list[Any]:
    return [cell for extract in table.cells for cell in extract(node)]


def _write_repeats(writers: dict, table: _Table, node: Mapping[str, Any], parent_key: str) -> None:
    for steps, question, inner in table.repeats:
        instances = _at(node, steps)
        for position, instance in enumerate(instances if isinstance(instances, list) else [], start=1):
            instance = instance if isinstance(instance, Mapping) else {}
            key = f"{parent_key}/{question.name}[{position}]"
            _write(writers[inner.name], [*_cells(inner, instance), parent_key, key])
            _write_repeats(writers, inner, instance, key)


_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _write(writer, cells: list[Any]) -> None:
    # Answers are all text (ODK's encoding), so a negative latitude or integer would look like a
    # formula to csv_cell; a cell that is only a number cannot run anything and stays a number.
    writer.writerow([cell if isinstance(cell, str) and _NUMBER.fullmatch(cell) else csv_cell(cell)
                     for cell in cells])
