"""Choice filters (with current()), choice labels, and labels that show other answers."""
from __future__ import annotations

from tests.unit.forms.engine_kit import choice, q, session

PLACES = {
    "provinces": (choice("kasai", "Kasai"), choice("kinshasa", "Kinshasa")),
    "cities": (choice("kananga", "Kananga", province="kasai"), choice("tshikapa", "Tshikapa", province="kasai"),
               choice("gombe", "Gombe", province="kinshasa")),
}


def test_a_choice_filter_follows_the_answer_it_reads():
    s = session(q("province", "select_one", choice_list="provinces"),
                q("city", "select_one", choice_list="cities", choice_filter="province = ${province}"),
                choices=PLACES)
    assert s.choices("/f/city") == ()
    changed = s.set_value("/f/province", "kasai")
    assert "/f/city" in changed
    assert [c.name for c in s.choices("/f/city")] == ["kananga", "tshikapa"]
    s.set_value("/f/province", "kinshasa")
    assert [c.name for c in s.choices("/f/city")] == ["gombe"]
    assert [c.name for c in s.choices("/f/province")] == ["kasai", "kinshasa"]


def test_a_choice_filter_written_with_current_as_pyxform_does():
    s = session(q("province", "select_one", choice_list="provinces"),
                q("city", "select_one", choice_list="cities", choice_filter="province = current()/../province"),
                choices=PLACES)
    s.set_value("/f/province", "kinshasa")
    assert [c.name for c in s.choices("/f/city")] == ["gombe"]


def test_a_choice_filter_inside_a_repeat_reads_its_own_instance():
    s = session(q("stop", "repeat", children=(
        q("province", "select_one", parent="/f/stop", choice_list="provinces"),
        q("city", "select_one", parent="/f/stop", choice_list="cities", choice_filter="province = ${province}"),
    )), choices=PLACES)
    s.add_repeat("/f/stop")
    s.set_value("/f/stop[1]/province", "kasai")
    s.set_value("/f/stop[2]/province", "kinshasa")
    assert [c.name for c in s.choices("/f/stop[1]/city")] == ["kananga", "tshikapa"]
    assert [c.name for c in s.choices("/f/stop[2]/city")] == ["gombe"]


def test_a_choice_filter_can_read_an_answer_outside_the_repeat_and_choice_names():
    s = session(q("province", "select_one", choice_list="provinces"),
                q("stop", "repeat", children=(
                    q("city", "select_one", parent="/f/stop", choice_list="cities",
                      choice_filter="province = /f/province and name != 'tshikapa'"),
                )), choices=PLACES)
    s.set_value("/f/province", "kasai")
    assert [c.name for c in s.choices("/f/stop[1]/city")] == ["kananga"]


def test_labels_show_answers_and_outputs_in_the_session_language():
    s = session(q("name", labels={"en": "Name", "fr": "Nom"}),
                q("age", "integer", labels={"en": "Age of ${name}", "fr": "Âge de ${name}",
                                            "pt": "Idade de <output value=\" /f/name \"/>"}),
                language="fr")
    s.set_value("/f/name", "Ilunga")
    assert s.label("/f/name") == "Nom"
    assert s.label("/f/age") == "Âge de Ilunga"
    s.language = "pt"
    assert s.label("/f/age") == "Idade de Ilunga"


def test_a_label_in_a_repeat_shows_its_own_instance():
    s = session(q("p", "repeat", children=(
        q("name", parent="/f/p"),
        q("age", "integer", parent="/f/p", labels={"en": "Age of ${name} (#<output value=\"position(..)\"/>)"}),
    )))
    s.add_repeat("/f/p")
    s.set_value("/f/p[2]/name", "Mbuyi")
    assert s.label("/f/p[2]/age") == "Age of Mbuyi (#2)"
