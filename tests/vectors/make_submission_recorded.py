"""Writes tests/vectors/submission_recorded.json: the data of one `submission.recorded` event, as
the device records it and the server stores it (docs/census/submissions.md). Frozen once written;
`python -m tests.vectors.make_submission_recorded --check` says whether the code still makes it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from core.canonical import canonical_json
from core.forms.census import CensusResult
from core.forms.submissions import event_data
from tests.unit.census_forms import answers, building_census

VECTOR = Path(__file__).with_name("submission_recorded.json")


def build() -> dict:
    data = event_data("01936b2e-7c41-7d2a-9b3e-5f1c2d3e5000", building_census(), answers(),
                      agent_id="01936b2e-aaaa-7bbb-8ccc-dddddddddddd",
                      census=CensusResult("01936b2e-7c41-7d2a-9b3e-5f1c2d3e5001", True,
                                          ("01936b2e-7c41-7d2a-9b3e-5f1c2d3e5002",
                                           "01936b2e-7c41-7d2a-9b3e-5f1c2d3e5003")),
                      started_at="2026-11-22T13:05:00.000Z")
    return {"description": "The data of a submission.recorded event (envelope schema 3): the census_buildings "
                           "test form, one owner registered, two buildings added.",
            "type": "submission.recorded", "data": data, "canonical": canonical_json(data)}


def render(vector: dict) -> str:
    return json.dumps(vector, ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    text = render(build())
    if "--check" in sys.argv:
        sys.exit(0 if VECTOR.read_text(encoding="utf-8") == text else 1)
    VECTOR.write_text(text, encoding="utf-8")
    print(f"wrote {VECTOR}")
