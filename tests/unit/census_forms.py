"""Forms built directly from the model (core/forms/model.py) for the submissions tests."""
from __future__ import annotations

from core.forms.model import CensusTarget, Choice, Form, Question

EN = lambda text: {"en": text, "fr": f"{text} (fr)", "pt": f"{text} (pt)"}  # noqa: E731


def q(name: str, type_: str, parent: str, **fields) -> Question:
    return Question(name=name, type=type_, path=f"{parent}/{name}", labels=fields.pop("labels", EN(name)), **fields)


def building_census(*, census: bool = True) -> Form:
    """Our census shape: an owner (taxpayer fields), a position, an outline, and buildings (one
    taxable object each, with floor area) holding a nested repeat of rooms; households apart."""
    root = "/census"
    owner = q("owner", "group", root, children=(
        q("owner_name", "text", f"{root}/owner", required="true()", labels={"en": "Owner's name",
                                                                           "fr": "Nom du propriétaire",
                                                                           "pt": "Nome do proprietário"}),
        q("owner_phone", "text", f"{root}/owner"),
    ))
    building = q("building", "repeat", root, children=(
        q("plate", "text", f"{root}/building", required="true()"),
        q("floor_area", "decimal", f"{root}/building", required="true()"),
        q("use", "select_multiple", f"{root}/building", choice_list="use"),
        q("room", "repeat", f"{root}/building", children=(
            q("room_name", "text", f"{root}/building/room"),
        )),
    ))
    children = (
        owner,
        q("zone", "select_one", root, choice_list="zone"),
        q("location", "geopoint", root),
        q("outline", "geoshape", root),
        q("intro", "note", root),
        building,
        q("comments", "text", root),
    )
    target = CensusTarget(
        taxpayer_fields={"name": f"{root}/owner/owner_name", "phone": f"{root}/owner/owner_phone",
                         "zone": f"{root}/zone", "location": f"{root}/location"},
        object_repeat=f"{root}/building", object_kind="property",
        object_fields={"reference": "plate", "surface_m2": "floor_area", "use": "use"},
    ) if census else None
    return Form(form_id="census_buildings", version="2026112901", title=EN("Buildings"), root="census",
                children=children, census=target,
                choice_lists={"zone": (Choice("katoka", EN("Katoka")), Choice("ndesha", EN("Ndesha")),
                                       Choice("mweka", EN("Mweka"))),  # not a zone of the test device
                              "use": (Choice("home", EN("Home")), Choice("shop", EN("Shop")))})


def answers(**overrides) -> dict:
    tree = {
        "owner": {"owner_name": "Kabasélé Ngoyi", "owner_phone": "+243 810 000 001"},
        "zone": "katoka",
        "location": "-5.8961 22.4166 610 4.5",
        "outline": "-5.8961 22.4166 0 0;-5.8961 22.4170 0 0;-5.8965 22.4170 0 0;-5.8961 22.4166 0 0",
        "intro": "",
        "building": [
            {"plate": "KAT-0001", "floor_area": "120", "use": "home shop",
             "room": [{"room_name": "salon"}, {"room_name": "=cmd"}]},
            {"plate": "KAT-0002", "floor_area": "35.5", "use": "", "room": []},
        ],
        "comments": "",
    }
    tree.update(overrides)
    return tree


def serve_form(monkeypatch, ledger, form: Form) -> None:
    """The ledger finds `form` as if it were imported (Ledger.form is h-forms-loader's)."""
    def form_of(form_id: str, version: str | None = None) -> Form:
        if form_id != form.form_id or version not in (None, form.version):
            from core.errors import QuittanceError
            raise QuittanceError("unknown_form", form=form_id)
        return form

    monkeypatch.setattr(ledger, "form", form_of, raising=False)
