"""Writes tests/vectors/submission_recorded_media.json: a `submission.recorded` event's data with
the optional `attachments` field (docs/census/media.md): the census_buildings form with a facade
photo and one building photo. Frozen once written; `--check` says whether the code still makes it.
The first vector (submission_recorded.json, no photo, no `attachments`) is kept as it was."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from core.canonical import canonical_json
from core.forms.census import CensusResult
from core.forms.submissions import event_data
from tests.unit.forms.media_kit import photo_answers, photo_form

VECTOR = Path(__file__).with_name("submission_recorded_media.json")
ATTACHMENTS = [
    {"question": "/census/facade", "name": "01936b2e-7c41-7d2a-9b3e-5f1c2d3e6000.png",
     "sha256": "4a7d1ed414474e4033ac29ccb8653d9b4a7d1ed414474e4033ac29ccb8653d9b", "size": 1200, "type": "image/png"},
    {"question": "/census/building[1]/photo", "name": "01936b2e-7c41-7d2a-9b3e-5f1c2d3e6001.jpg",
     "sha256": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", "size": 48213,
     "type": "image/jpeg"},
]


def build() -> dict:
    data = event_data("01936b2e-7c41-7d2a-9b3e-5f1c2d3e5000", photo_form(), photo_answers(),
                      agent_id="01936b2e-aaaa-7bbb-8ccc-dddddddddddd",
                      census=CensusResult("01936b2e-7c41-7d2a-9b3e-5f1c2d3e5001", True,
                                          ("01936b2e-7c41-7d2a-9b3e-5f1c2d3e5002",
                                           "01936b2e-7c41-7d2a-9b3e-5f1c2d3e5003")),
                      started_at="2026-11-22T13:05:00.000Z", attachments=ATTACHMENTS)
    return {"description": "The data of a submission.recorded event with photos (the optional attachments "
                           "field): census_buildings with a facade photo and a photo of the first building.",
            "type": "submission.recorded", "data": data, "canonical": canonical_json(data)}


def render(vector: dict) -> str:
    return json.dumps(vector, ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    text = render(build())
    if "--check" in sys.argv:
        sys.exit(0 if VECTOR.read_text(encoding="utf-8") == text else 1)
    VECTOR.write_text(text, encoding="utf-8")
    print(f"wrote {VECTOR}")
