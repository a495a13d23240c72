"""`quittance submissions export` copies the photos into DIR/media/, named as the answers name
them; a photo gone from the device is listed, the CSV still written. Real loader, engine, submit."""
from __future__ import annotations

import json
from pathlib import Path

from core.forms.media import media_dir
from core.ids import new_id
from tests.cli_support import home_env, run
from tests.conftest import make_ledger
from tests.unit.forms.media_kit import image_bytes
from tests.unit.forms.test_cli_submissions import FORM, _answers


def _device(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    db = tmp_path / "device.db"
    ledger = make_ledger(db)
    photos = {}
    try:
        form = ledger.import_form(FORM)
        folder = media_dir(db)
        folder.mkdir(parents=True, exist_ok=True)
        for owner, fmt in (("Kabasélé Ngoyi", "JPEG"), ("Tshilombo Mbuyi", "PNG")):
            name = f"{new_id()}.{fmt.lower().replace('jpeg', 'jpg')}"
            photos[name] = image_bytes(fmt, (len(photos) * 100, 50, 50))
            (folder / name).write_bytes(photos[name])
            answers = _answers(form, owner, [(f"KAT-{len(photos):04}", "120")])
            answers["building"][0]["building_photo"] = name
            draft_id = ledger.start_draft(form.form_id)
            ledger.save_draft(draft_id, answers)
            ledger.submit_draft(draft_id)
    finally:
        ledger.close()
    return db, photos


def test_the_export_copies_each_photo_and_lists_one_gone_from_the_device(tmp_path):
    db, photos = _device(tmp_path)
    kept, gone = list(photos)
    (media_dir(db) / gone).unlink()
    out = tmp_path / "out"
    out.mkdir()
    result = run("submissions", "export", "--db", db, "--form", "census_buildings", "--out", out, "--json",
                 env={**home_env(tmp_path / "home"), "LANG": "en_US.UTF-8"})
    assert result.returncode == 0, result.stderr
    done = json.loads(result.stdout)
    assert done["media"] == [str(out / "media" / kept)] and done["missing_media"] == [gone]
    assert (out / "media" / kept).read_bytes() == photos[kept]
    building = (out / "census_buildings-building.csv").read_text("utf-8-sig")
    assert kept in building and gone in building  # the CSV names the files as the answers do

    text = run("submissions", "export", "--db", db, "--form", "census_buildings", "--out", out,
               env={**home_env(tmp_path / "home"), "LANG": "en_US.UTF-8"})
    assert f"1 photo(s) copiée(s) dans {out / 'media'} ; absente(s) de cet appareil : {gone}" in text.stdout
