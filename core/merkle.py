"""RFC 9162 §2.1 Merkle tree: hashing, proof shapes, and proof verification (stdlib only).

The verifying side is what a device, an auditor or a journalist runs without the server; the
proof *shapes* (which aligned subtrees a proof is made of) let the server answer from stored
complete-subtree hashes without ever walking the leaves.

A node is addressed as (level, index): it covers leaves [index·2^level, (index+1)·2^level).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

Node = tuple[int, int]


class ProofError(ValueError):
    """A proof that does not verify, or that is malformed; the message names the fault."""


def leaf_hash(data: bytes) -> bytes:
    """RFC 9162: MTH({d}) = SHA-256(0x00 ‖ d)."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """RFC 9162: SHA-256(0x01 ‖ MTH(left) ‖ MTH(right))."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than n (n ≥ 2): RFC 9162's k."""
    return 1 << ((n - 1).bit_length() - 1)


def root_of(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH of a list of leaf hashes, by the RFC's recursion (a reference, for small trees)."""
    n = len(leaf_hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaf_hashes[0]
    k = _split(n)
    return node_hash(root_of(leaf_hashes[:k]), root_of(leaf_hashes[k:]))


# ---- proof shapes: each proof element is MTH of one aligned range [start, end) ----

def inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """The ranges whose MTH make PATH(index, D[size]) (RFC 9162 §2.1.3.1), leaf side first."""
    if not 0 <= index < size:
        raise ProofError(f"leaf {index} is not in a tree of {size} leaves")
    out: list[tuple[int, int]] = []
    start, end = 0, size
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            out.append((start + k, end))
            end = start + k
        else:
            out.append((start, start + k))
            start += k
    out.reverse()
    return out


def consistency_ranges(first: int, second: int) -> list[tuple[int, int]]:
    """The ranges whose MTH make PROOF(first, D[second]) (RFC 9162 §2.1.4.1), in proof order."""
    if not 0 <= first <= second:
        raise ProofError(f"no consistency proof from {first} to {second} leaves")
    out: list[tuple[int, int]] = []
    if first in (0, second):
        return out
    start, end, m, whole = 0, second, first, True
    while m != end - start:
        k = _split(end - start)
        if m <= k:
            out.append((start + k, end))
            end = start + k
        else:
            out.append((start, start + k))
            start, m, whole = start + k, m - k, False
    if not whole:
        out.append((start, end))
    out.reverse()
    return out


def range_nodes(start: int, end: int) -> list[Node]:
    """The complete subtrees, left to right, that make the aligned range [start, end)."""
    nodes: list[Node] = []
    while start < end:
        level = (end - start).bit_length() - 1
        while start % (1 << level):
            level -= 1
        nodes.append((level, start >> level))
        start += 1 << level
    return nodes


def range_hash(start: int, end: int, nodes: Mapping[Node, bytes]) -> bytes:
    """MTH(D[start:end]) from stored complete-subtree hashes: the right edge folds leftwards,
    which is exactly the RFC's split at the largest power of two."""
    parts = range_nodes(start, end)
    if not parts:
        return EMPTY_ROOT
    acc = nodes[parts[-1]]
    for node in reversed(parts[:-1]):
        acc = node_hash(nodes[node], acc)
    return acc


def needed_nodes(ranges: Iterable[tuple[int, int]]) -> set[Node]:
    return {node for start, end in ranges for node in range_nodes(start, end)}


def build(ranges: Sequence[tuple[int, int]], fetch: Callable[[set[Node]], Mapping[Node, bytes]]) -> list[bytes]:
    """A proof from its shape, with one fetch of every stored node it needs."""
    nodes = fetch(needed_nodes(ranges))
    return [range_hash(start, end, nodes) for start, end in ranges]


def new_nodes(size: int, hashes: Sequence[bytes], frontier: Mapping[Node, bytes]) -> dict[Node, bytes]:
    """Every complete subtree that appending `hashes` (leaf hashes) to a tree of `size` leaves
    completes, leaves included. `frontier` holds range_nodes(0, size)."""
    known = dict(frontier)
    out: dict[Node, bytes] = {}
    for offset, value in enumerate(hashes):
        index, level = size + offset, 0
        out[(0, index)] = known[(0, index)] = value
        while index & 1:
            value = node_hash(known[(level, index - 1)], value)
            level, index = level + 1, index >> 1
            out[(level, index)] = known[(level, index)] = value
    return out


# ---- verification (RFC 9162 §2.1.3.2 and §2.1.4.2) ----

def _check(proof: Sequence[bytes]) -> None:
    for element in proof:
        if len(element) != HASH_SIZE:
            raise ProofError("a proof element is not a 32-byte hash")


def root_from_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes]) -> bytes:
    if not 0 <= index < size:
        raise ProofError(f"leaf {index} is not in a tree of {size} leaves")
    _check(proof)
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise ProofError("the inclusion proof is too long")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the inclusion proof is too short")
    return r


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> None:
    """Raise ProofError unless `leaf` (a leaf hash) is leaf `index` of the tree of `size` with `root`."""
    if root_from_inclusion(leaf, index, size, proof) != root:
        raise ProofError(f"leaf {index} is not in the tree of {size} leaves with this root")


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes,
                       proof: Sequence[bytes]) -> None:
    """Raise ProofError unless the tree of `second` leaves extends the tree of `first` leaves:
    the history the first root commits to was not rewritten."""
    if not 0 <= first <= second:
        raise ProofError(f"a tree of {second} leaves cannot extend one of {first}")
    _check(proof)
    if first == second:
        if proof:
            raise ProofError("a proof between equal sizes must be empty")
        if first_root != second_root:
            raise ProofError(f"two different roots for the same size {first}: the history was rewritten")
        return
    if first == 0:
        if proof:
            raise ProofError("a proof from the empty tree must be empty")
        return
    path = list(proof)
    if first & (first - 1) == 0:  # an exact power of two: its root is a node of the path
        path.insert(0, first_root)
    if not path:
        raise ProofError("the consistency proof is empty")
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("the consistency proof is too long")
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the consistency proof is too short")
    if fr != first_root:
        raise ProofError(f"the proof does not lead to the earlier root of {first} leaves: "
                         "the history was rewritten")
    if sr != second_root:
        raise ProofError(f"the proof does not lead to the later root of {second} leaves")
