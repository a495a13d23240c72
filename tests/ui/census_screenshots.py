"""Screenshots of the census screens at 1024 x 600, in French, English and Portuguese:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.census_screenshots OUT_DIR

writes census-list-{lang}.png (forms and a draft), census-owner-{lang}.png (a field-list page
with an inline problem), census-zone-{lang}.png (choice tiles), census-quarter-{lang}.png
(filtered choices), census-outline-{lang}.png (a shape's vertices), census-household-{lang}.png
(a repeat's page), census-panel-{lang}.png (the questions panel), census-problems-{lang}.png (Finish
with problems), census-time-, census-photo-, census-comments- and census-summary-{lang}.png."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core.demo import ensure_demo
from desktop.app import application, build_window
from desktop.screenshots import _settle
from tests.ui.census_support import CENSUS_XLSX

SIZE = (1024, 600)
LANGUAGES = ("fr", "en", "pt")


def _ref(entry, name: str) -> str:  # noqa: ANN001
    return next(r for r in entry.panel_refs() if r.rsplit("/", 1)[-1] == name)


def shoot(out: Path, lang: str) -> list[Path]:
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        ledger = ensure_demo(Path(folder) / "demo.db", taxpayers=50)
        agent = ledger.agents()[0]
        ledger.act_as(agent.id)
        ledger.import_form(CENSUS_XLSX)
        application()
        window = build_window(ledger, demo=True)
        window.resize(*SIZE)
        window.show()
        window._logged_in(agent.id, agent.name)
        window.set_language(lang)
        window.resize(*SIZE)
        census = window.census
        old = ledger.start_draft("census_buildings")
        ledger.save_draft(old, {"owner": {"owner_name": "Mbuyi"}})
        window.navigate("census")
        _settle(window, lambda: bool(census.forms))

        def save(name: str) -> None:
            _settle(window)
            QApplication.processEvents()
            path = out / f"census-{name}-{lang}.png"
            window.grab().save(str(path))
            saved.append(path)
        save("list")
        census.start("census_buildings")
        _settle(window, lambda: census.entry.session is not None)
        entry = census.entry
        entry._answered(_ref(entry, "owner_name"), "Kabasele Ngoyi")
        entry._answered(_ref(entry, "owner_kind"), "business")
        entry._answered(_ref(entry, "owner_phone"), "12")
        entry._render()
        save("owner")
        entry.jump(_ref(entry, "zone"))
        entry._answered(_ref(entry, "zone"), "kananga")
        save("zone")
        entry.next()
        save("quarter")
        entry.jump(_ref(entry, "property_outline"))
        entry._answered(_ref(entry, "property_outline"),
                        "-5.8961 22.4166 0 3.2;-5.8961 22.417 0 2.9;-5.8965 22.417 0 4.1;-5.8961 22.4166 0 3.2")
        entry._render()
        save("outline")
        entry.jump(_ref(entry, "meter"))
        entry.back()
        save("household")
        entry.questions_button.setChecked(True)
        entry.jump(_ref(entry, "building_count"))
        entry._answered(_ref(entry, "building_count"), "1,5,5")
        entry._render()
        save("panel")
        entry.questions_button.setChecked(False)
        entry.finish()
        save("problems")
        entry.jump(_ref(entry, "visit_time"))
        save("time")
        entry._answered(_ref(entry, "building_count"), "1")
        entry.jump(_ref(entry, "building_photo"))
        save("photo")
        entry.jump(_ref(entry, "comments"))
        save("comments")
        for name, value in (("owner_phone", "+243 810 000 001"), ("quarter", "biancky"),
                            ("location", "-5.89621 22.4171 0 4.5"), ("plate", "KAT-0042"), ("building_use", "shop"),
                            ("floor_area", "84.5"), ("head_name", "Kabasele"), ("member_name", "Mbuyi")):
            entry._answered(_ref(entry, name), value)
        entry.finish()
        save("summary")
        window.shutdown()
        window.close()
        ledger.close()
    return saved


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        for path in shoot(out, lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
