"""Census questionnaire benchmarks (issue 12): a generated 300-question form opens in at most
300 ms, and re-evaluating after an answer takes at most 10 ms at p95.

Run alone with `python -m bench.bench_census_forms`, or with `make bench SUITE=census`."""
from __future__ import annotations

import random
import time
from datetime import datetime, timezone

from bench.harness import Row, ms, print_table, summary
from core.forms.engine import FormSession
from core.forms.model import Choice, Form, Question
from core.forms.xpath_parse import parse

GROUPS = 12
PER_GROUP = 25
MEMBERS = 75  # questions in the household repeat
INSTANCES = 20


def _choice_lists() -> dict:
    return {"yn": (Choice("yes", {"en": "Yes"}), Choice("no", {"en": "No"})),
            "kinds": tuple(Choice(f"k{i}", {"en": f"Kind {i}"}, {"group": str(i % 4)}) for i in range(40))}


def _leaf(name: str, parent: str, i: int, previous: list[str]) -> Question:
    """A question of the mix a census form has: numbers with constraints, selects, text,
    relevance on an earlier answer, and every fifth one a calculation."""
    path = f"{parent}/{name}"
    earlier = previous[-1] if previous else None
    if i % 5 == 4 and earlier:
        return Question(name, "calculate", path, calculate=f"if(${{{earlier}}} != '', concat(${{{earlier}}}, '-x'), '')")
    if i % 5 == 0:
        return Question(name, "integer", path, labels={"en": f"How many {name}?"}, constraint=". >= 0 and . < 1000",
                        required="true()", relevant=f"${{{earlier}}} != 'no'" if earlier else None)
    if i % 5 == 1:
        return Question(name, "select_one", path, labels={"en": f"{name}?"}, choice_list="yn")
    if i % 5 == 2:
        return Question(name, "select_one", path, labels={"en": f"Kind of {name}"}, choice_list="kinds",
                        choice_filter="group = '1'" if earlier else None)
    return Question(name, "decimal", path, labels={"en": f"Area of {name} (${{{earlier}}})"} if earlier else {"en": name},
                    constraint=". > 0", relevant=f"${{{earlier}}} != ''" if earlier else None)


def census_form() -> Form:
    groups = []
    for g in range(GROUPS):
        parent = f"/census/g{g}"
        names: list[str] = []
        children = []
        for i in range(PER_GROUP):
            name = f"g{g}_q{i}"
            children.append(_leaf(name, parent, i, names))
            names.append(name)
        relevant = "${g0_q1} != 'no'" if g else None
        groups.append(Question(f"g{g}", "group", parent, children=tuple(children), relevant=relevant))
    members: list[Question] = []
    member_names: list[str] = []
    for i in range(MEMBERS):
        name = f"m_q{i}"
        members.append(_leaf(name, "/census/household", i, member_names))
        member_names.append(name)
    members.append(Question("rank", "calculate", "/census/household/rank", calculate="position(..)"))
    household = Question("household", "repeat", "/census/household", children=tuple(members),
                         repeat_count="${size}")
    totals = (Question("size", "integer", "/census/size", constraint=". <= 20"),
              household,
              Question("people", "calculate", "/census/people", calculate="count(${household})"),
              Question("total", "calculate", "/census/total", calculate="sum(/census/household/m_q0)"))
    return Form("bench", "1", {"en": "Census"}, "census", tuple(groups) + totals, _choice_lists(), ("en",), "en")


def _open(form: Form) -> FormSession:
    session = FormSession(form, now=lambda: datetime(2026, 11, 30, tzinfo=timezone.utc))
    for ref in [r for r in session.refs() if r.startswith("/census/g0/")]:
        session.value(ref)
        session.is_relevant(ref)
        session.label(ref)
    return session


def run() -> list[Row]:
    cold, cold_cpu = [], []
    for _ in range(15):
        form = census_form()  # a form never opened: its expressions are compiled in the timing
        parse.cache_clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        _open(form)
        cold.append((time.perf_counter() - start) * 1000)
        cold_cpu.append((time.process_time() - start_cpu) * 1000)
    warm = []
    for _ in range(15):
        start = time.perf_counter()
        session = _open(form)
        warm.append((time.perf_counter() - start) * 1000)
    session.set_value("/census/size", str(INSTANCES))
    rng = random.Random(12)
    leaves = [q for q in form.walk() if q.type in ("integer", "select_one", "decimal")]
    answers = []
    for _ in range(400):
        question = rng.choice(leaves)
        ref = question.path
        if question.path.startswith("/census/household/"):
            ref = question.path.replace("/household/", f"/household[{rng.randint(1, INSTANCES)}]/")
        value = {"integer": str(rng.randint(0, 50)), "decimal": f"{rng.uniform(1, 90):.1f}",
                 "select_one": rng.choice(["yes", "no"]) if question.choice_list == "yn" else f"k{rng.randint(0, 39)}"}[question.type]
        if ref == "/census/size":
            continue
        start = time.perf_counter()
        session.set_value(ref, value)
        answers.append((time.perf_counter() - start) * 1000)
    resizes = []
    for count in [INSTANCES + 1, INSTANCES] * 10:  # the heaviest answer: a household comes or goes
        start = time.perf_counter()
        session.set_value("/census/size", str(count))
        resizes.append((time.perf_counter() - start) * 1000)
    open_median, open_p95 = summary(cold)
    again_median, again_p95 = summary(warm)
    answer_median, answer_p95 = summary(answers)
    return [
        (f"form of {form.question_count} questions opens, first time (median)", ms(open_median), ""),
        (f"form of {form.question_count} questions opens, first time (p95)", ms(open_p95), "<= 300 ms"),
        # the build machine's cores are shared: CPU time says what the engine itself costs
        (f"form of {form.question_count} questions opens, first time (CPU, median)", ms(summary(cold_cpu)[0]), ""),
        (f"form of {form.question_count} questions opens again (p95)", ms(again_p95), "<= 300 ms"),
        (f"re-evaluation after an answer, {INSTANCES} households (median)", ms(answer_median), ""),
        (f"re-evaluation after an answer, {INSTANCES} households (p95)", ms(answer_p95), "<= 10 ms"),
        (f"household count {INSTANCES} <-> {INSTANCES + 1}, instance made or dropped (p95)", ms(summary(resizes)[1]), ""),
    ]


if __name__ == "__main__":
    print_table("Census: questionnaires (issue 12)", run())
