"""Suppression of the open-data table (sync/server/opendata_protect.py), as a pure function.

The attacker here knows everything the page publishes for a month: every amount shown, and that
each row and each column (the totals' row and column too) adds up to its total. It solves those
equations exactly (fractions, Gaussian elimination) and lists every hidden amount they pin down.
Against the published table it must find none; against a table with only the small cells hidden
it finds them, so the attack is real."""
from __future__ import annotations

import random
import time
from fractions import Fraction

import pytest

from sync.server.opendata_protect import THRESHOLD, TOTAL, Tally, bridges, grid_positions, hidden_amounts

Payment = tuple[str, str, str, int]  # zone, tax, taxpayer, amount


def grid_of(payments: list[Payment], zones: list[str], taxes: list[str]) -> dict:
    """The month's grid as the server builds it: sums, and distinct taxpayers per cell and total."""
    payers: dict = {p: set() for p in grid_positions(zones, taxes)}
    sums: dict = {p: [0, 0] for p in payers}
    for zone, tax, taxpayer, amount in payments:
        for position in ((zone, tax), (zone, TOTAL), (TOTAL, tax), (TOTAL, TOTAL)):
            sums[position][0] += 1
            sums[position][1] += amount
            payers[position].add(taxpayer)
    return {p: Tally(sums[p][0], 0, sums[p][1], len(payers[p])) for p in payers}


def recovered(grid: dict, hidden: frozenset, zones: list[str], taxes: list[str]) -> dict:
    """What the attacker works out: {position: exact amount} for every hidden amount the
    published figures determine."""
    unknowns = sorted(hidden, key=repr)
    index = {p: i for i, p in enumerate(unknowns)}
    equations = []  # (coefficients over the unknowns, constant): coefficients . x = constant
    for line in _lines(zones, taxes):
        *members, total = line
        coefficients, constant = [Fraction(0)] * len(unknowns), Fraction(0)
        for position, sign in [(m, 1) for m in members] + [(total, -1)]:
            if position in index:
                coefficients[index[position]] += sign
            else:
                constant -= sign * grid[position].amount
        equations.append((coefficients, constant))
    reduced = _row_reduce(equations, len(unknowns))
    found = {}
    for position, i in index.items():
        # x_i is pinned when the unit vector e_i is a combination of the equations: reduce it
        # by the echelon rows; what is left is zero exactly then, and the same combination of
        # constants is its value.
        target, value = [Fraction(int(j == i)) for j in range(len(unknowns))], Fraction(0)
        for pivot, (coefficients, constant) in reduced:
            factor = target[pivot]
            if factor:
                target = [t - factor * c for t, c in zip(target, coefficients)]
                value += factor * constant
        if not any(target):
            found[position] = value
    return found


def _lines(zones: list[str], taxes: list[str]) -> list[list]:
    rows = [[(z, t) for t in [*taxes, TOTAL]] for z in [*zones, TOTAL]]
    cols = [[(z, t) for z in [*zones, TOTAL]] for t in [*taxes, TOTAL]]
    return rows + cols


def _row_reduce(equations: list, width: int) -> list:
    rows = [(list(c), k) for c, k in equations]
    echelon, used = [], set()
    for column in range(width):
        pivot_row = next((r for r in rows if r[0][column] != 0 and id(r) not in used), None)
        if pivot_row is None:
            continue
        used.add(id(pivot_row))
        scale = pivot_row[0][column]
        coefficients = [c / scale for c in pivot_row[0]]
        constant = pivot_row[1] / scale
        rows = [r if r is pivot_row else ([a - r[0][column] * b for a, b in zip(r[0], coefficients)],
                                          r[1] - r[0][column] * constant) for r in rows if r is not pivot_row]
        echelon = [(p, ([a - c[column] * b for a, b in zip(c, coefficients)], k - c[column] * constant))
                   for p, (c, k) in echelon]
        echelon.append((column, (coefficients, constant)))
    return echelon


ZONES, TAXES = ["KAT", "NDE", "LUK"], ["PAT", "MAR"]


def _payments_of(counts: dict, amount: int = 10_000) -> list[Payment]:
    """`counts[(zone, tax)]` taxpayers, each paying `amount` plus a little of their own."""
    found = []
    for (zone, tax), count in counts.items():
        for n in range(count):
            found.append((zone, tax, f"{zone}-{tax}-{n}", amount + 137 * n + 11 * len(found)))
    return found


def test_a_small_cell_is_hidden_with_enough_others_that_no_one_can_work_it_out():
    payments = _payments_of({("KAT", "PAT"): 9, ("KAT", "MAR"): 2, ("NDE", "PAT"): 7, ("NDE", "MAR"): 12,
                             ("LUK", "PAT"): 6, ("LUK", "MAR"): 8})
    grid = grid_of(payments, ZONES, TAXES)
    primary_only = frozenset(p for p in grid if 0 < grid[p].taxpayers < THRESHOLD)
    assert primary_only == {("KAT", "MAR")}
    # Published with only the small cell hidden, the attacker reads it off KAT's total.
    assert recovered(grid, primary_only, ZONES, TAXES) == {("KAT", "MAR"): grid[("KAT", "MAR")].amount}

    hidden = hidden_amounts(grid, ZONES, TAXES)
    assert ("KAT", "MAR") in hidden and len(hidden) >= 4
    assert recovered(grid, hidden, ZONES, TAXES) == {}
    assert bridges(hidden) == []
    # The grand total and the tax totals stay published: the smallest cells went first.
    assert (TOTAL, TOTAL) not in hidden and (TOTAL, "PAT") not in hidden


def test_a_line_with_one_hidden_amount_gets_its_smallest_other_one():
    payments = _payments_of({("KAT", "PAT"): 3, ("KAT", "MAR"): 20, ("NDE", "PAT"): 6, ("NDE", "MAR"): 30,
                             ("LUK", "PAT"): 40, ("LUK", "MAR"): 50})
    grid = grid_of(payments, ZONES, TAXES)
    hidden = hidden_amounts(grid, ZONES, TAXES)
    # KAT/PAT is alone in its column PAT: NDE/PAT, the smallest other amount there, goes with it.
    assert {("KAT", "PAT"), ("NDE", "PAT")} <= hidden
    assert recovered(grid, hidden, ZONES, TAXES) == {}


def test_a_total_behind_fewer_than_five_taxpayers_is_hidden_and_so_is_everything_it_would_give_away():
    payments = _payments_of({("KAT", "PAT"): 2, ("NDE", "MAR"): 1})
    grid = grid_of(payments, ZONES, TAXES)
    hidden = hidden_amounts(grid, ZONES, TAXES)
    assert (TOTAL, TOTAL) in hidden
    assert {p for p in grid if grid[p].amount} == set(hidden)  # every amount that is not zero
    assert recovered(grid, hidden, ZONES, TAXES) == {}


def test_one_taxpayer_paying_two_taxes_counts_once_in_the_zones_total():
    payments = [("KAT", "PAT", f"t{n}", 5_000) for n in range(4)] + [("KAT", "MAR", "t0", 700)]
    grid = grid_of(payments, ZONES, TAXES)
    assert grid[("KAT", TOTAL)].taxpayers == 4
    assert ("KAT", TOTAL) in hidden_amounts(grid, ZONES, TAXES)


def test_an_empty_cell_is_never_hidden_its_zero_is_public_anyway():
    payments = _payments_of({("KAT", "PAT"): 2, ("KAT", "MAR"): 9, ("NDE", "PAT"): 9, ("NDE", "MAR"): 9})
    grid = grid_of(payments, ZONES, TAXES)
    hidden = hidden_amounts(grid, ZONES, TAXES)
    assert all(grid[p].amount > 0 for p in hidden)
    assert ("LUK", "PAT") not in hidden and ("LUK", TOTAL) not in hidden
    assert recovered(grid, hidden, ZONES, TAXES) == {}


def test_nothing_is_hidden_when_every_cell_has_five_taxpayers():
    payments = _payments_of({(z, t): 5 for z in ZONES for t in TAXES})
    grid = grid_of(payments, ZONES, TAXES)
    assert hidden_amounts(grid, ZONES, TAXES) == frozenset()


def test_two_cycles_joined_by_one_hidden_amount_leave_it_exposed_and_the_check_finds_it():
    """Every line holds two hidden amounts or none, yet the link between the two squares is on no
    cycle: the "two per line" rule alone is not enough."""
    square_a = {("a1", "x1"), ("a1", "x2"), ("a2", "x1"), ("a2", "x2")}
    square_b = {("b1", "y1"), ("b1", "y2"), ("b2", "y1"), ("b2", "y2")}
    link = ("a1", "y1")
    assert bridges(square_a | square_b | {link}) == [link]
    assert bridges(square_a | square_b) == []
    zones, taxes = ["a1", "a2", "b1", "b2"], ["x1", "x2", "y1", "y2"]
    payments = [(z, t, f"{z}{t}{n}", 100 + 7 * i + n) for i, (z, t) in enumerate((z, t) for z in zones for t in taxes)
                for n in range(9)]
    grid = grid_of(payments, zones, taxes)
    assert recovered(grid, frozenset(square_a | square_b | {link}), zones, taxes) == {link: grid[link].amount}


@pytest.mark.parametrize("seed", range(60))
def test_random_months_publish_nothing_small_and_nothing_that_can_be_worked_out(seed):
    rng = random.Random(seed)
    zones = [f"Z{n}" for n in range(rng.randint(1, 6))]
    taxes = [f"T{n}" for n in range(rng.randint(1, 5))]
    counts = {(z, t): rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 9, 15, 40]) for z in zones for t in taxes}
    payments = _payments_of(counts, amount=rng.randint(1, 50) * 1_000)
    # Some taxpayers also pay a second tax in their zone.
    for zone, tax, taxpayer, amount in list(payments)[: rng.randint(0, 10)]:
        other = rng.choice(taxes)
        payments.append((zone, other, taxpayer, amount // 2 + 1))
    grid = grid_of(payments, zones, taxes)
    hidden = hidden_amounts(grid, zones, taxes)
    for position, tally in grid.items():
        if 0 < tally.taxpayers < THRESHOLD:
            assert position in hidden, position  # primary
        if position in hidden:
            assert tally.amount > 0, position  # a known zero protects nothing
    assert bridges(hidden) == []
    assert recovered(grid, hidden, zones, taxes) == {}


def _bridges_by_removal(hidden: set) -> list:
    """The slow, obvious definition: an edge whose removal disconnects its row from its column."""
    found = []
    for edge in hidden:
        rest, seen, todo = hidden - {edge}, {("row", edge[0])}, [("row", edge[0])]
        while todo:
            kind, key = todo.pop()
            for r, c in rest:
                if (kind == "row" and r == key) or (kind == "col" and c == key):
                    other = ("col", c) if kind == "row" else ("row", r)
                    if other not in seen:
                        seen.add(other)
                        todo.append(other)
        if ("col", edge[1]) not in seen:
            found.append(edge)
    return sorted(found, key=repr)


@pytest.mark.parametrize("seed", range(40))
def test_the_bridge_search_agrees_with_the_definition(seed):
    rng = random.Random(seed)
    rows = [f"r{n}" for n in range(rng.randint(1, 6))] + [TOTAL]
    cols = [f"c{n}" for n in range(rng.randint(1, 6))] + [TOTAL]
    hidden = {(r, c) for r in rows for c in cols if rng.random() < 0.35}
    assert bridges(hidden) == _bridges_by_removal(hidden)


def test_a_large_city_is_protected_in_moments():
    rng = random.Random(5)
    zones, taxes = [f"Z{n:03d}" for n in range(200)], [f"T{n:02d}" for n in range(30)]
    counts = {(z, t): rng.choice([0, 1, 2, 3, 4, 6, 8, 12, 30]) for z in zones for t in taxes}
    grid = grid_of(_payments_of(counts), zones, taxes)
    started = time.perf_counter()
    hidden = hidden_amounts(grid, zones, taxes)
    assert time.perf_counter() - started < 5.0  # 0.25 s here; a loaded machine is slower
    assert bridges(hidden) == [] and len(hidden) > 1000


def _other_month(grid: dict, hidden: frozenset, edge: tuple) -> dict:
    """Another month that publishes exactly the same figures and differs at `edge`: one minor unit
    moved around a cycle of hidden amounts through it, +1 and -1 in turn, the sign flipped again in
    the totals' row and column (a total is on the other side of its line's equation)."""
    row, col = ("row", edge[0]), ("col", edge[1])
    rest = hidden - {edge}
    came_from, todo = {col: None}, [col]
    while todo and row not in came_from:  # a path from the edge's column back to its row
        vertex = todo.pop(0)
        for r, c in rest:
            ends = (("row", r), ("col", c))
            if vertex in ends:
                other = ends[1] if vertex == ends[0] else ends[0]
                if other not in came_from:
                    came_from[other] = (vertex, (r, c))
                    todo.append(other)
    assert row in came_from, f"{edge} is on no cycle"
    turns, sign, vertex = {edge: 1}, -1, row
    while came_from[vertex] is not None:
        vertex, step = came_from[vertex]
        turns[step] = sign
        sign = -sign
    flip = {TOTAL: -1}
    moved = {p: turn * flip.get(p[0], 1) * flip.get(p[1], 1) for p, turn in turns.items()}
    return {p: Tally(t.receipts, t.voids, t.amount + moved.get(p, 0), t.taxpayers) for p, t in grid.items()}


@pytest.mark.parametrize("seed", range(30))
def test_each_hidden_amount_has_a_twin_month_that_publishes_the_same(seed):
    """What the published figures cannot tell apart cannot be recovered: for every hidden amount, a
    month whose every shown amount, row, column and total is the same, and whose hidden amount is
    one minor unit apart, with every amount still positive."""
    rng = random.Random(1000 + seed)
    zones, taxes = [f"Z{n}" for n in range(rng.randint(2, 6))], [f"T{n}" for n in range(rng.randint(1, 4))]
    counts = {(z, t): rng.choice([0, 1, 2, 3, 6, 9, 20]) for z in zones for t in taxes}
    grid = grid_of(_payments_of(counts), zones, taxes)
    hidden = hidden_amounts(grid, zones, taxes)
    for edge in hidden:
        twin = _other_month(grid, hidden, edge)
        assert abs(twin[edge].amount - grid[edge].amount) == 1
        assert all(twin[p].amount == grid[p].amount for p in grid if p not in hidden)
        assert all(twin[p].amount > 0 for p in hidden)
        for line in _lines(zones, taxes):
            *members, total = line
            assert sum(twin[m].amount for m in members) == twin[total].amount
