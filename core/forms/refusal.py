"""A form refused at load, naming the cell at fault, in the reader's language.

Every refusal is one QuittanceError `form_refused` whose parameters say where (sheet, row,
column, as a spreadsheet shows them) and why. The why is itself a catalogue message, turned into
text only when the error is shown, in the language it is shown in (QuittanceError formats any
parameter that has `localized`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.errors import QuittanceError
from core.forms.model import CellRef
from core.messages import translate


@dataclass(frozen=True)
class Text:
    """A catalogue message kept as code and parameters until its language is known."""
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def localized(self, locale: str) -> str:
        return translate(self.code, locale, **{k: (v.localized(locale) if hasattr(v, "localized") else v)
                                               for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.localized("en")


def where(cell: CellRef | None, file: str = "") -> Text:
    """"sheet survey, row 12, column relevant" in the reader's language."""
    if cell is None or not cell.sheet:
        return Text("form_where_file", {"file": file or "?"})
    if cell.row <= 0:
        return Text("form_where_sheet", {"sheet": cell.sheet})
    if not cell.column:
        return Text("form_where_row", {"sheet": cell.sheet, "row": cell.row})
    return Text("form_where_cell", {"sheet": cell.sheet, "row": cell.row, "column": cell.column})


def refused(cell: CellRef | None, reason: str, /, file: str = "", **params: Any) -> QuittanceError:
    """The error to raise: `reason` is a catalogue code (form_reason_*, form_census_*)."""
    return QuittanceError("form_refused", where=where(cell, file), reason=Text(reason, params),
                          sheet=cell.sheet if cell else "", row=cell.row if cell else 0,
                          column=cell.column if cell else "", file=file)
