"""CSV export of submissions in ODK Central's layout: a main file, one file per repeat (nested
ones too), joined by PARENT_KEY and KEY; geopoints split in four; cells safe for spreadsheets."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.errors import QuittanceError
from core.forms.csv_export import write_submissions_csv
from tests.unit.census_forms import answers, building_census

ONE = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e5000"
TWO = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e5009"


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, as the device's other exports
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def _export(tmp_path: Path) -> list[Path]:
    rows = [(ONE, answers(), {"SubmissionDate": "2026-11-22T13:32:00.000Z", "SubmitterID": "agent-1",
                              "TaxpayerID": "tp-1", "FormVersion": "2026112901"}),
            (TWO, answers(building=[]), {"SubmissionDate": "2026-11-22T14:00:00.000Z"})]
    return write_submissions_csv(building_census(), iter(rows), tmp_path)


def test_one_file_for_the_form_and_one_per_repeat(tmp_path):
    paths = _export(tmp_path)
    assert [p.name for p in paths] == ["census_buildings.csv", "census_buildings-building.csv",
                                       "census_buildings-room.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)  # no leftover .part


def test_the_main_file_has_a_row_per_submission_with_group_prefixed_columns(tmp_path):
    header, first, second = _read(_export(tmp_path)[0])
    assert header == ["SubmissionDate", "owner-owner_name", "owner-owner_phone", "zone",
                      "location-Latitude", "location-Longitude", "location-Altitude", "location-Accuracy",
                      "outline", "comments", "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "DeviceID",
                      "TaxpayerID", "FormVersion"]
    row = dict(zip(header, first))
    assert row["KEY"] == row["meta-instanceID"] == f"uuid:{ONE}"
    assert (row["owner-owner_name"], row["location-Latitude"], row["location-Accuracy"]) == \
        ("Kabasélé Ngoyi", "-5.8961", "4.5")
    assert row["owner-owner_phone"] == "'+243 810 000 001"  # never a formula in a spreadsheet
    assert row["location-Longitude"] == "22.4166"  # a negative number is still a number: -5.8961 above
    assert (row["SubmitterID"], row["TaxpayerID"], row["SubmitterName"]) == ("agent-1", "tp-1", "")
    assert dict(zip(header, second))["KEY"] == f"uuid:{TWO}"


def test_repeats_and_nested_repeats_are_joined_by_keys(tmp_path):
    _main, buildings, rooms = _export(tmp_path)
    header, *rows = _read(buildings)
    assert header == ["plate", "floor_area", "use", "PARENT_KEY", "KEY"]
    assert rows == [
        ["KAT-0001", "120", "home shop", f"uuid:{ONE}", f"uuid:{ONE}/building[1]"],  # select_multiple as ODK writes it
        ["KAT-0002", "35.5", "", f"uuid:{ONE}", f"uuid:{ONE}/building[2]"],
    ]
    header, *rows = _read(rooms)
    assert header == ["room_name", "PARENT_KEY", "KEY"]
    assert rows == [
        ["salon", f"uuid:{ONE}/building[1]", f"uuid:{ONE}/building[1]/room[1]"],
        ["'=cmd", f"uuid:{ONE}/building[1]", f"uuid:{ONE}/building[1]/room[2]"],
    ]


def test_no_submission_still_writes_every_header(tmp_path):
    paths = write_submissions_csv(building_census(), [], tmp_path)
    assert [len(_read(p)) for p in paths] == [1, 1, 1]


def test_a_missing_folder_is_named_and_nothing_is_written(tmp_path):
    with pytest.raises(QuittanceError) as refused:
        write_submissions_csv(building_census(), [], tmp_path / "usb-key")
    assert refused.value.code == "out_folder_missing"
    assert "usb-key" in refused.value.message("en")
