"""A census form with photos (a facade at the root, one per building) and real image bytes."""
from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from core.forms.model import Form
from tests.unit.forms.submission_kit import answers, building_census, q


def photo_form(*, census: bool = False) -> Form:
    form = building_census(census=census)
    root = "/census"
    children = []
    for question in form.children:
        if question.name == "building":
            question = replace(question, children=(*question.children, q("photo", "image", f"{root}/building")))
        children.append(question)
        if question.name == "outline":
            children.append(q("facade", "image", root, labels={"en": "Facade", "fr": "Façade", "pt": "Fachada"}))
    return replace(form, children=tuple(children))


def image_bytes(fmt: str = "PNG", colour: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (32, 24)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, fmt)
    return buffer.getvalue()


def photo_answers(facade: str = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e6000.png",
                  photo: str = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e6001.jpg") -> dict:
    tree = answers(facade=facade)
    tree["building"][0]["photo"] = photo
    tree["building"][1]["photo"] = ""
    return tree


def put_photos(folder: Path, tree: dict) -> dict[str, bytes]:
    """Write the tree's photos into the media folder; {name: bytes}."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, fmt in ((tree["facade"], "PNG"), (tree["building"][0]["photo"], "JPEG")):
        if name:
            written[name] = image_bytes(fmt, (10 + len(written) * 90, 120, 40))
            (folder / name).write_bytes(written[name])
    return written
