"""A GeoPackage layer's R-tree spatial index, bulk-loaded.

Inserting 200,000 boxes into SQLite's rtree one by one costs 5 to 8 seconds (each insert walks
and splits nodes), over half the budget of a 200,000-taxpayer export. A tree built whole is both
faster and better: the boxes are packed by Sort-Tile-Recursive (Leutenegger et al., 1997: sort by
x into vertical slices, each slice by y, cut into full nodes, then the same one level up), which
gives nodes that overlap little, so QGIS reads fewer of them per screen. GDAL builds its own
GeoPackage indexes the same way (its sqlite_rtree_bulk_load).

The tree is written straight into the shadow tables SQLite's rtree module keeps for a virtual
table made by `CREATE VIRTUAL TABLE name USING rtree(id, minx, maxx, miny, maxy)`, in the format
its source (ext/rtree/rtree.c) reads:
- `name_node(nodeno, data)`: node 1 is the root; a node is a blob of the root's length, starting
  with a 2-byte big-endian depth (the root's only: the number of levels under it) and a 2-byte
  cell count, then the cells: an 8-byte big-endian child (a node number, or a feature's id in a
  leaf) and minx, maxx, miny, maxy as big-endian 32-bit floats, rounded outwards so each box
  still holds what it indexes;
- `name_rowid(rowid, nodeno)`: the leaf each feature's id is in;
- `name_parent(nodeno, parentnode)`: every node's parent but the root's.
SQLite's own `rtreecheck()` checks a tree so made (tests/unit/test_gis_exports.py runs it)."""
from __future__ import annotations

import math
import sqlite3  # stdlib: a GeoPackage is a plain file for QGIS, built in memory (serialize)
import struct
from typing import Sequence

Box = tuple[int, float, float, float, float]  # (id, minx, maxx, miny, maxy)
_MAX_CELLS = 51  # RTREE_MAXCELLS in rtree.c: a node never holds more
_CELL_BYTES = 8 + 4 * 4  # a 64-bit child and four 32-bit floats (2 dimensions)
_CELL = struct.Struct(">q4f")
_HEADER = struct.Struct(">HH")
_F32 = struct.Struct(">f")
_U32 = struct.Struct(">I")


def node_size(conn: sqlite3.Connection) -> int:
    """The node size rtree.c gives a new table: the page size less 64, at most 51 cells."""
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    return min(page - 64, 4 + _CELL_BYTES * _MAX_CELLS)


def _f32_down(value: float) -> float:
    """The largest 32-bit float not above `value`."""
    rounded = _F32.unpack(_F32.pack(value))[0]
    return rounded if rounded <= value else _step(rounded, -1)


def _f32_up(value: float) -> float:
    rounded = _F32.unpack(_F32.pack(value))[0]
    return rounded if rounded >= value else _step(rounded, +1)


def _step(f: float, direction: int) -> float:
    """The next 32-bit float from `f` towards -inf (direction -1) or +inf (+1)."""
    if f == 0:
        return _F32.unpack(_U32.pack(0x80000001 if direction < 0 else 0x00000001))[0]
    bits = _U32.unpack(_F32.pack(f))[0]
    bits += 1 if (f > 0) == (direction > 0) else -1  # the sign bit apart, bits grow away from zero
    return _F32.unpack(_U32.pack(bits))[0]


def _tiles(entries: list[Box], per_node: int) -> list[list[Box]]:
    """Sort-Tile-Recursive: `entries` cut into groups of `per_node` that lie close together."""
    nodes = math.ceil(len(entries) / per_node)
    slices = math.ceil(math.sqrt(nodes))
    per_slice = slices * per_node
    by_x = sorted(entries, key=lambda b: b[1] + b[2])
    groups = []
    for start in range(0, len(by_x), per_slice):
        column = sorted(by_x[start:start + per_slice], key=lambda b: b[3] + b[4])
        groups += [column[i:i + per_node] for i in range(0, len(column), per_node)]
    return groups


def _cover(group: Sequence[Box]) -> tuple[float, float, float, float]:
    return (min(b[1] for b in group), max(b[2] for b in group), min(b[3] for b in group), max(b[4] for b in group))


def bulk_load(conn: sqlite3.Connection, table: str, boxes: list[Box]) -> None:
    """Fill the empty rtree virtual table `table` with `boxes` (ids unique). Call inside the
    transaction that made it, before anything else reads or writes it."""
    if not boxes:
        return  # the empty root rtree.c made is the whole tree
    size = node_size(conn)
    per_node = min(_MAX_CELLS, (size - 4) // _CELL_BYTES)
    # Leaves first: their cells carry the features' boxes, rounded outwards to 32-bit floats.
    level = [(b[0], _f32_down(b[1]), _f32_up(b[2]), _f32_down(b[3]), _f32_up(b[4])) for b in boxes]
    levels: list[list[list[Box]]] = []
    while True:
        groups = _tiles(level, per_node)
        levels.append(groups)
        if len(groups) == 1:
            break
        level = [(index, *_cover(group)) for index, group in enumerate(groups)]  # index: the group below
    # Number the nodes from the root down: the root is node 1.
    numbers: list[list[int]] = []
    next_number = 1
    for groups in reversed(levels):
        numbers.append(list(range(next_number, next_number + len(groups))))
        next_number += len(groups)
    numbers.reverse()  # numbers[i][j]: node of levels[i][j]
    depth = len(levels) - 1
    node_rows, rowid_rows, parent_rows = [], [], []
    for height, groups in enumerate(levels):
        for index, group in enumerate(groups):
            nodeno = numbers[height][index]
            if height == 0:
                cells = group
                rowid_rows += [(cell[0], nodeno) for cell in group]
            else:  # an inner node's cells point at nodes one level down (their index, made a number)
                cells = [(numbers[height - 1][cell[0]], *cell[1:]) for cell in group]
                parent_rows += [(cell[0], nodeno) for cell in cells]
            data = bytearray(size)
            _HEADER.pack_into(data, 0, depth if nodeno == 1 else 0, len(cells))
            for n, cell in enumerate(cells):
                _CELL.pack_into(data, 4 + n * _CELL_BYTES, *cell)
            node_rows.append((nodeno, bytes(data)))
    conn.execute(f'DELETE FROM "{table}_node"')
    conn.executemany(f'INSERT INTO "{table}_node" (nodeno, data) VALUES (?, ?)', node_rows)
    conn.executemany(f'INSERT INTO "{table}_rowid" (rowid, nodeno) VALUES (?, ?)', rowid_rows)
    conn.executemany(f'INSERT INTO "{table}_parent" (nodeno, parentnode) VALUES (?, ?)', parent_rows)
