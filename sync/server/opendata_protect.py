"""Which amounts of an open-data table may be published: primary and secondary suppression.

The table is zones x taxes with a total per zone (row), per tax (column) and a grand total. Seen
with its totals, it is an (m+1) x (n+1) grid whose lines (every row and every column, the totals'
row and column included) each say "the cells add up to the total". A hidden amount can be
worked out exactly from what is shown if and only if it is a *bridge* of the bipartite graph
whose vertices are the lines' rows and columns and whose edges are the hidden cells: flipping the
sign of the totals' row and column turns every line's equation into "the edges at this vertex sum
to zero", so the unknowns that the published figures leave free are exactly the graph's cycles,
and an edge on no cycle is pinned. Every amount hidden here lies on a cycle of hidden amounts, so
each one can move up while another moves down without changing anything published.

- Primary: an amount paid by fewer than `threshold` distinct taxpayers (but at least one).
- Secondary: a line with exactly one hidden amount gets a second one, its smallest published
  amount; then any hidden amount still on no cycle gets one, the smallest published amount that
  joins the two sides it separates. Both repeat until nothing changes.

A cell with no taxpayer has the amount 0, which its counts of receipts and voids already say; it
is never hidden, and hiding it would protect nothing. Pure functions: no database, no I/O."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

THRESHOLD = 5  # at least this many distinct taxpayers behind an amount shown
TOTAL = None  # the key of the totals' row and column in a Position


@dataclass(frozen=True)
class Tally:
    """What was collected in one cell or total of the month."""
    receipts: int  # receipts issued in the month, voided ones included
    voids: int  # of those, how many are voided
    amount: int  # minor units, receipts not voided only
    taxpayers: int  # distinct taxpayers behind `amount`; never published


Position = tuple[str | None, str | None]  # (zone key or TOTAL, tax code or TOTAL)


def grid_positions(rows: Iterable[str], cols: Iterable[str]) -> list[Position]:
    """Every position of the grid with its totals, row by row, the totals last."""
    row_keys, col_keys = [*rows, TOTAL], [*cols, TOTAL]
    return [(r, c) for r in row_keys for c in col_keys]


def hidden_amounts(grid: Mapping[Position, Tally], rows: Iterable[str], cols: Iterable[str],
                   threshold: int = THRESHOLD) -> frozenset[Position]:
    """The positions whose amount must not be published. `grid` holds every position of
    `grid_positions(rows, cols)` (an empty cell is a Tally of zeros)."""
    positions = grid_positions(rows, cols)
    missing = [p for p in positions if p not in grid]
    if missing:
        raise ValueError(f"the grid lacks {missing[:3]}")
    hidden = {p for p in positions if 0 < grid[p].taxpayers < threshold}
    while True:
        added = _complete_lines(grid, positions, hidden) or _join_bridges(grid, positions, hidden)
        if added is None:
            return frozenset(hidden)
        hidden.add(added)


def _hideable(grid: Mapping[Position, Tally], position: Position, hidden: set[Position]) -> bool:
    return position not in hidden and grid[position].taxpayers > 0


def _smallest(grid: Mapping[Position, Tally], candidates: Iterable[Position]) -> Position | None:
    """The candidate with the smallest amount (inner cells before totals when equal, then in order)."""
    ordered = sorted(candidates, key=lambda p: (grid[p].amount, TOTAL in p))
    return ordered[0] if ordered else None


def _lines(positions: list[Position]) -> list[list[Position]]:
    rows: dict[str | None, list[Position]] = {}
    cols: dict[str | None, list[Position]] = {}
    for position in positions:
        rows.setdefault(position[0], []).append(position)
        cols.setdefault(position[1], []).append(position)
    return [*rows.values(), *cols.values()]


def _complete_lines(grid: Mapping[Position, Tally], positions: list[Position],
                    hidden: set[Position]) -> Position | None:
    """The smallest published amount of the first line that has exactly one hidden amount."""
    for line in _lines(positions):
        if sum(1 for p in line if p in hidden) == 1:
            # The line's own total is among the candidates and is at least the hidden amount,
            # so there is always one (a line of known zeros beside one hidden amount cannot be).
            choice = _smallest(grid, (p for p in line if _hideable(grid, p, hidden)))
            if choice is not None:
                return choice
    return None


def _vertices(position: Position) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
    return ("row", position[0]), ("col", position[1])


def _component(start: tuple[str, str | None], edges: set[Position]) -> set[tuple[str, str | None]]:
    seen, todo = {start}, [start]
    adjacent: dict[tuple[str, str | None], list[tuple[str, str | None]]] = {}
    for edge in edges:
        a, b = _vertices(edge)
        adjacent.setdefault(a, []).append(b)
        adjacent.setdefault(b, []).append(a)
    while todo:
        for other in adjacent.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def bridges(hidden: Iterable[Position]) -> list[Position]:
    """The hidden amounts on no cycle of hidden amounts: each one is worked out exactly from the
    published figures (see the module's docstring). Tarjan's bridge search, linear in the grid, so
    a city of 200 zones and 30 taxes costs milliseconds."""
    edges = sorted(set(hidden), key=repr)
    adjacent: dict[tuple[str, str | None], list[tuple[tuple[str, str | None], int]]] = {}
    for number, edge in enumerate(edges):
        a, b = _vertices(edge)
        adjacent.setdefault(a, []).append((b, number))
        adjacent.setdefault(b, []).append((a, number))
    order: dict[tuple[str, str | None], int] = {}
    low: dict[tuple[str, str | None], int] = {}
    found: list[Position] = []
    for root in adjacent:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack = [(root, -1, iter(adjacent[root]))]  # iterative depth-first search: no recursion limit
        while stack:
            vertex, via, neighbours = stack[-1]
            for other, number in neighbours:
                if number == via:
                    continue
                if other not in order:
                    order[other] = low[other] = len(order)
                    stack.append((other, number, iter(adjacent[other])))
                    break
                low[vertex] = min(low[vertex], order[other])
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[vertex])
                    if low[vertex] > order[parent]:
                        found.append(edges[via])
    return sorted(found, key=repr)


def _join_bridges(grid: Mapping[Position, Tally], positions: list[Position],
                  hidden: set[Position]) -> Position | None:
    """For the first bridge, the smallest published amount whose row is on one side of it and
    whose column on the other: hiding it closes a cycle through the bridge."""
    for edge in bridges(hidden):
        row, col = _vertices(edge)
        side_a = _component(row, hidden - {edge})
        side_b = _component(col, hidden - {edge})
        across = [p for p in positions if _hideable(grid, p, hidden)
                  and ((("row", p[0]) in side_a and ("col", p[1]) in side_b)
                       or (("row", p[0]) in side_b and ("col", p[1]) in side_a))]
        choice = _smallest(grid, across)
        if choice is None:
            # Every cell across is a known zero: hide the next smallest amount anywhere. With
            # every non-zero amount hidden, each lies on the cycle through its row's total, its
            # column's total and the grand total, so this ends with no bridge.
            choice = _smallest(grid, (p for p in positions if _hideable(grid, p, hidden)))
        if choice is not None:
            return choice
    return None
