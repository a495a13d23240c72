"""core/merkle against published vectors: the Certificate Transparency reference tree of 8 leaves
and transparency-dev/merkle's testonly constants (node hashes, roots, reference proofs)."""
from __future__ import annotations

import hashlib

import pytest

from core import merkle

LEAVES = [bytes.fromhex(h) for h in ("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                                     "606162636465666768696a6b6c6d6e6f")]
ROOTS = [bytes.fromhex(h) for h in (
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328")]
# transparency-dev/merkle testonly NodeHashes(): [level][index]
NODES = [[bytes.fromhex(h) for h in level] for level in (
    ("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
     "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
     "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
     "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
     "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
     "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
     "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
     "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"),
    ("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
     "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
     "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
     "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
    ("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
     "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
    ("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",))]
H = {name: bytes.fromhex(value) for name, value in {
    "96a2": "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
    "6e34": "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac5": "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "5f08": "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
    "bc1a": "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    "6b47": "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    "ca85": "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
    "d37e": "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "0ebc": "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"}.items()}
# transparency-dev/merkle testonly/reference_test.go
INCLUSION = [(0, 1, []), (0, 2, ["96a2"]), (1, 2, ["6e34"]), (2, 3, ["fac5"]), (1, 5, ["6e34", "5f08", "bc1a"]),
             (0, 8, ["96a2", "5f08", "6b47"]), (5, 8, ["bc1a", "ca85", "d37e"])]
CONSISTENCY = [(1, 1, []), (1, 8, ["96a2", "5f08", "6b47"]), (2, 5, ["5f08", "bc1a"]),
               (6, 8, ["0ebc", "ca85", "d37e"])]

LEAF_HASHES = [merkle.leaf_hash(d) for d in LEAVES]


def stored(n: int) -> dict[merkle.Node, bytes]:
    """Complete-subtree hashes as the server stores them, built by appending one leaf at a time."""
    nodes: dict[merkle.Node, bytes] = {}
    for size in range(n):
        frontier = {node: nodes[node] for node in merkle.range_nodes(0, size)}
        nodes.update(merkle.new_nodes(size, [LEAF_HASHES[size]], frontier))
    return nodes


def fetch_from(nodes):
    return lambda wanted: {node: nodes[node] for node in wanted}


def test_ct_reference_roots_for_every_size():
    assert merkle.root_of([]) == hashlib.sha256(b"").digest() == ROOTS[0]
    for n in range(1, 9):
        assert merkle.root_of(LEAF_HASHES[:n]) == ROOTS[n]
    assert merkle.root_of(LEAF_HASHES).hex() == "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"


def test_stored_nodes_are_transparency_dev_node_hashes_and_give_every_root():
    nodes = stored(8)
    for level, row in enumerate(NODES):
        for index, value in enumerate(row):
            assert nodes[(level, index)] == value
    for n in range(9):
        assert merkle.range_hash(0, n, nodes) == ROOTS[n]


@pytest.mark.parametrize("index,size,want", INCLUSION)
def test_inclusion_proofs_match_reference_and_verify(index, size, want):
    proof = merkle.build(merkle.inclusion_ranges(index, size), fetch_from(stored(8)))
    assert proof == [H[name] for name in want]
    merkle.verify_inclusion(LEAF_HASHES[index], index, size, proof, ROOTS[size])


@pytest.mark.parametrize("first,second,want", CONSISTENCY)
def test_consistency_proofs_match_reference_and_verify(first, second, want):
    proof = merkle.build(merkle.consistency_ranges(first, second), fetch_from(stored(8)))
    assert proof == [H[name] for name in want]
    merkle.verify_consistency(first, second, ROOTS[first], ROOTS[second], proof)


def test_every_proof_up_to_64_leaves_verifies_and_every_corruption_fails():
    leaves = [merkle.leaf_hash(i.to_bytes(4, "big")) for i in range(64)]
    nodes: dict[merkle.Node, bytes] = {}
    for size in range(64):
        nodes.update(merkle.new_nodes(size, [leaves[size]], {n: nodes[n] for n in merkle.range_nodes(0, size)}))
    roots = [merkle.root_of(leaves[:n]) for n in range(65)]
    fetch = fetch_from(nodes)
    bogus = hashlib.sha256(b"bogus").digest()
    for n in range(1, 65):
        assert merkle.range_hash(0, n, nodes) == roots[n]
        for i in range(n):
            proof = merkle.build(merkle.inclusion_ranges(i, n), fetch)
            merkle.verify_inclusion(leaves[i], i, n, proof, roots[n])
            with pytest.raises(merkle.ProofError):
                merkle.verify_inclusion(bogus, i, n, proof, roots[n])
            if proof:
                with pytest.raises(merkle.ProofError):
                    merkle.verify_inclusion(leaves[i], i, n, proof[:-1], roots[n])
                with pytest.raises(merkle.ProofError):
                    merkle.verify_inclusion(leaves[i], i, n, [bogus] + proof[1:], roots[n])
        for m in range(0, n + 1):
            proof = merkle.build(merkle.consistency_ranges(m, n), fetch)
            merkle.verify_consistency(m, n, roots[m], roots[n], proof)
            if 0 < m < n:
                with pytest.raises(merkle.ProofError):
                    merkle.verify_consistency(m, n, bogus, roots[n], proof)
                with pytest.raises(merkle.ProofError):
                    merkle.verify_consistency(m, n, roots[m], bogus, proof)
                with pytest.raises(merkle.ProofError):
                    merkle.verify_consistency(m, n, roots[m], roots[n], proof + [bogus])
                with pytest.raises(merkle.ProofError):
                    merkle.verify_consistency(m, n, roots[m], roots[n], [bogus] + proof[1:])


def test_rewritten_history_fails_the_consistency_proof():
    leaves = [merkle.leaf_hash(i.to_bytes(4, "big")) for i in range(20)]
    old_root = merkle.root_of(leaves[:11])
    rewritten = list(leaves)
    rewritten[7] = merkle.leaf_hash(b"edited")
    nodes: dict[merkle.Node, bytes] = {}
    for size in range(20):
        nodes.update(merkle.new_nodes(size, [rewritten[size]], {n: nodes[n] for n in merkle.range_nodes(0, size)}))
    proof = merkle.build(merkle.consistency_ranges(11, 20), fetch_from(nodes))
    with pytest.raises(merkle.ProofError, match="rewritten"):
        merkle.verify_consistency(11, 20, old_root, merkle.root_of(rewritten), proof)
