"""core/checkpoint against golang.org/x/mod/sumdb/note's own vector: the PeterNeumann key signs
the known text into exactly the known note, and the note opens with the known verifier key."""
from __future__ import annotations

import base64

import pytest

from core import checkpoint as cp

VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
NOTE = TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"


def test_go_note_vector_signs_and_opens():
    name, seed = cp.signer_from_skey(SKEY)
    verifier = cp.parse_vkey(VKEY)
    assert (name, verifier.key_hash) == ("PeterNeumann", 0xC74F20A3)
    assert cp.verifier_for(name, cp.public_of(seed)).vkey == VKEY
    assert cp.sign_note(TEXT, name, seed) == NOTE
    assert cp.open_note(NOTE, [verifier]) == TEXT


def test_altered_note_or_wrong_key_is_refused():
    verifier = cp.parse_vkey(VKEY)
    with pytest.raises(cp.NoteError, match="altered"):
        cp.open_note(NOTE.replace("problem,", "problem;"), [verifier])
    other = cp.verifier_for("PeterNeumann", cp.public_of(b"\x07" * 32))
    with pytest.raises(cp.NoteError, match="known key"):
        cp.open_note(NOTE, [other])
    with pytest.raises(cp.NoteError):
        cp.parse_vkey(VKEY.replace("c74f20a3", "c74f20a4"))


def test_checkpoint_round_trip_and_refusals():
    seed = b"\x11" * 32
    body = cp.Checkpoint("quittance.example/log", 8, bytes.fromhex(
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"))
    assert body.body() == "quittance.example/log\n8\n" + base64.b64encode(body.root).decode() + "\n"
    note = cp.make_checkpoint(body, "quittance.example/log", seed)
    verifier = cp.verifier_for("quittance.example/log", cp.public_of(seed))
    assert cp.parse_vkey(verifier.vkey) == verifier
    assert cp.open_checkpoint(note, verifier) == body
    with pytest.raises(cp.NoteError):
        cp.open_checkpoint(note.replace("\n8\n", "\n9\n"), verifier)
    with pytest.raises(cp.NoteError, match="not 'other'"):
        cp.open_checkpoint(note, verifier, origin="other")
