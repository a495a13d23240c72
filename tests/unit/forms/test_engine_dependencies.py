"""An answer re-runs what depends on it, and only there: inside its own repeat instance when the
expression reads it from inside, everywhere when it reads across instances."""
from __future__ import annotations

from tests.unit.forms.engine_kit import q, session


def _houses():
    s = session(
        q("rate", "integer"),
        q("house", "repeat", children=(
            q("area", "decimal", parent="/f/house"),
            q("tax", "calculate", parent="/f/house", calculate="${area} * ${rate}"),
            q("member", "repeat", parent="/f/house", children=(
                q("share", "calculate", parent="/f/house/member", calculate="${tax} div count(../../member)"),
            )),
        )),
        q("total", "calculate", calculate="sum(${tax})"),
        q("visit", "repeat", children=(
            q("biggest", "calculate", parent="/f/visit", calculate="max(/f/house/area)"),
        )),
    )
    s.add_repeat("/f/house")
    s.add_repeat("/f/house[2]/member")
    s.add_repeat("/f/visit")
    return s


def test_an_answer_in_one_instance_changes_that_instance_and_what_reads_across():
    s = _houses()
    s.set_value("/f/rate", "10")
    s.set_value("/f/house[1]/area", "5")
    changed = s.set_value("/f/house[2]/area", "8")
    assert changed == {"/f/house[2]/area", "/f/house[2]/tax", "/f/house[2]/member[1]/share",
                       "/f/house[2]/member[2]/share", "/f/total", "/f/visit[1]/biggest", "/f/visit[2]/biggest"}
    assert (s.value("/f/house[1]/tax"), s.value("/f/house[2]/tax"), s.value("/f/total")) == ("50", "80", "130")
    assert s.value("/f/house[2]/member[2]/share") == "40" and s.value("/f/house[1]/member[1]/share") == "50"
    assert s.value("/f/visit[2]/biggest") == "8"


def test_an_answer_outside_the_repeats_reaches_every_instance():
    s = _houses()
    s.set_value("/f/house[1]/area", "5")
    s.set_value("/f/house[2]/area", "8")
    s.set_value("/f/rate", "2")
    assert [s.value(f"/f/house[{i}]/tax") for i in (1, 2)] == ["10", "16"]
    assert s.value("/f/house[2]/member[1]/share") == "8" and s.value("/f/total") == "26"


def test_what_reads_a_calculation_that_did_not_change_is_left_alone():
    s = session(q("a", "integer"), q("sign", "calculate", calculate="if(${a} > 0, 'plus', 'minus')"),
                q("shout", "calculate", calculate="concat(${sign}, '!')"))
    s.set_value("/f/a", "1")
    assert s.set_value("/f/a", "2") == {"/f/a"}
    assert s.set_value("/f/a", "-2") == {"/f/a", "/f/sign", "/f/shout"}
    assert s.value("/f/shout") == "minus!"


def test_a_relative_path_that_climbs_out_of_its_instance_reads_its_siblings():
    s = session(q("p", "repeat", children=(
        q("x", "integer", parent="/f/p"),
        q("all", "calculate", parent="/f/p", calculate="sum(../../p/x)"),
    )))
    s.add_repeat("/f/p")
    s.set_value("/f/p[1]/x", "1")
    changed = s.set_value("/f/p[2]/x", "2")
    assert s.value("/f/p[1]/all") == "3" and "/f/p[1]/all" in changed


def test_an_instance_coming_or_going_updates_what_reads_across_instances():
    s = session(q("p", "repeat", children=(
        q("x", "integer", parent="/f/p", default="1"),
        q("rank", "calculate", parent="/f/p", calculate="position(..)"),
        q("of", "calculate", parent="/f/p", calculate="concat(${rank}, '/', ${n})"),
        q("share", "calculate", parent="/f/p", calculate="${x} div ${total}"),
    )), q("n", "calculate", calculate="count(${p})"), q("total", "calculate", calculate="sum(${x})"))
    s.add_repeat("/f/p")
    s.add_repeat("/f/p")
    assert [s.value(f"/f/p[{i}]/of") for i in (1, 2, 3)] == ["1/3", "2/3", "3/3"]
    assert s.value("/f/p[1]/share") == "0.3333333333333333"
    s.set_value("/f/p[1]/x", "2")
    s.remove_repeat("/f/p[2]")
    assert [s.value(f"/f/p[{i}]/of") for i in (1, 2)] == ["1/2", "2/2"]
    assert s.value("/f/p[1]/share") == s.value("/f/p[1]/share") and s.value("/f/total") == "3"
    assert s.value("/f/p[2]/share") == "0.3333333333333333"
