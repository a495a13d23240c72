"""Repeats, counted and open-ended: instances, defaults in each, ${} relative to the instance,
position(..), count() and sum() over them."""
from __future__ import annotations

import pytest

from tests.unit.forms.engine_kit import q, session


def _people(count: str | None = None, **extra):
    return session(
        q("n", "integer"),
        q("person", "repeat", repeat_count=count, children=(
            q("name", parent="/f/person", default="?"),
            q("age", "integer", parent="/f/person"),
            q("number", "calculate", parent="/f/person", calculate="position(..)"),
            q("adult", "calculate", parent="/f/person", calculate="if(${age} >= 18, 1, 0)"),
            q("title", "calculate", parent="/f/person", calculate="concat(${name}, ' of ', ${n})"),
            q("job", parent="/f/person", relevant="${age} >= 18"),
        )),
        q("people", "calculate", calculate="count(${person})"),
        q("adults", "calculate", calculate="sum(${adult})"),
        q("total_age", "calculate", calculate="sum(/f/person/age)"),
        q("second", "calculate", calculate="indexed-repeat(${name}, ${person}, 2)"),
        **extra,
    )


def test_a_counted_repeat_follows_its_count_both_ways():
    s = _people("${n}")
    assert s.answers["person"] == []
    s.set_value("/f/n", "3")
    assert [r for r in s.refs() if r.count("/") == 2 and r.endswith("]")] == \
        ["/f/person[1]", "/f/person[2]", "/f/person[3]"]
    assert s.value("/f/people") == "3"
    s.set_value("/f/person[3]/name", "Kasongo")
    s.set_value("/f/n", "2")
    assert len(s.answers["person"]) == 2 and s.value("/f/people") == "2"
    s.set_value("/f/n", "")
    assert s.answers["person"] == []


def test_an_open_ended_repeat_starts_with_one_instance_and_grows_on_demand():
    s = _people()
    assert len(s.answers["person"]) == 1
    new = s.add_repeat("/f/person")
    assert new == "/f/person[2]"
    assert s.value("/f/person[2]/name") == "?"  # the default applies to each new instance
    assert s.value("/f/person[2]/number") == "2" and s.value("/f/people") == "2"


def test_refs_follow_form_order_with_instances_in_place():
    s = _people()
    s.add_repeat("/f/person")
    refs = s.refs()
    assert refs.index("/f/n") < refs.index("/f/person[1]") < refs.index("/f/person[1]/age") \
        < refs.index("/f/person[2]") < refs.index("/f/people")


def test_references_inside_a_repeat_mean_the_same_instance():
    s = _people()
    s.add_repeat("/f/person")
    s.set_value("/f/n", "2")
    s.set_value("/f/person[1]/name", "Ilunga")
    s.set_value("/f/person[2]/name", "Mbuyi")
    s.set_value("/f/person[2]/age", "40")
    s.set_value("/f/person[1]/age", "9")
    assert s.value("/f/person[1]/title") == "Ilunga of 2"
    assert s.value("/f/person[2]/title") == "Mbuyi of 2"
    assert not s.is_relevant("/f/person[1]/job") and s.is_relevant("/f/person[2]/job")
    assert s.value("/f/adults") == "1" and s.value("/f/total_age") == "49"
    assert s.value("/f/second") == "Mbuyi"


def test_removing_an_instance_renumbers_and_recomputes():
    s = _people()
    s.add_repeat("/f/person")
    s.add_repeat("/f/person")
    for i, age in enumerate(("10", "20", "30"), start=1):
        s.set_value(f"/f/person[{i}]/age", age)
    changed = s.remove_repeat("/f/person[1]")
    assert s.value("/f/person[1]/age") == "20" and s.value("/f/person[1]/number") == "1"
    assert s.value("/f/total_age") == "50"
    assert "/f/total_age" in changed and "/f/person[2]/age" in changed


def test_a_nested_repeat_is_added_under_its_instance():
    s = session(q("house", "repeat", children=(
        q("member", "repeat", parent="/f/house", children=(
            q("name", parent="/f/house/member"),
            q("rank", "calculate", parent="/f/house/member", calculate="position(..)"),
        )),
        q("size", "calculate", parent="/f/house", calculate="count(${member})"),
    )), q("everyone", "calculate", calculate="count(/f/house/member)"))
    s.add_repeat("/f/house")
    assert s.add_repeat("/f/house[2]/member") == "/f/house[2]/member[2]"
    assert s.value("/f/house[1]/size") == "1" and s.value("/f/house[2]/size") == "2"
    assert s.value("/f/house[2]/member[2]/rank") == "2"
    assert s.value("/f/everyone") == "3"


def test_a_counted_repeat_refuses_a_manual_instance():
    s = _people("${n}")
    with pytest.raises(ValueError):
        s.add_repeat("/f/person")
    with pytest.raises(KeyError):
        s.add_repeat("/f/n")


def test_an_absolute_path_inside_a_repeat_means_the_current_instance():
    s = session(q("p", "repeat", children=(
        q("a", "integer", parent="/f/p"),
        q("b", "calculate", parent="/f/p", calculate="/f/p/a * 10"),
    )))
    s.add_repeat("/f/p")
    s.set_value("/f/p[1]/a", "1")
    s.set_value("/f/p[2]/a", "2")
    assert (s.value("/f/p[1]/b"), s.value("/f/p[2]/b")) == ("10", "20")


def test_a_count_gone_wild_is_capped():
    from core.forms.engine import MAX_REPEAT_COUNT
    s = _people("${n}")
    s.set_value("/f/n", "1000000")
    assert len(s.answers["person"]) == MAX_REPEAT_COUNT
