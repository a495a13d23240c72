"""Following the server's key rotations (sync/PROTOCOL.md, "Server key").

The device trusts one server key, received at enrollment. The device-status answer names the key
in use and every hand-over ("key N+1 is X", signed by key N; core/handover.py). When the key in
use is not the trusted one, the device walks the hand-overs from its trusted key, checking each
signature with the key it trusts at that step, up to the key in use, and only then adopts it, in
one transaction with one `device.server_key_changed` event per hand-over (so `verify` holds the
setting to the events, as it does after enrollment). Anything else refuses, and nothing changes:
a statement not signed by the trusted key, or no way from the trusted key to the key in use."""
from __future__ import annotations

import re
from typing import Any

from core.clock import iso
from core.context import WriteContext
from core.handover import event_data, handover_valid
from core.service import Ledger
from sync.client import state
from sync.client.pull import PageRefused

EVENT = "device.server_key_changed"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class KeyRefused(PageRefused):
    """A key hand-over the device cannot trust: `key_handover_forged` (a statement from the
    trusted key whose signature fails), `key_handover_missing` (no signed way to the key in use)."""


def handovers_to_current(trusted: str, status: dict[str, Any]) -> list[dict[str, Any]]:
    """The checked hand-overs from `trusted` to the key the server uses; [] when it is the same
    (or the server names no key: a server from before rotation)."""
    target = status.get("server_key")
    if target is None or target == trusted:
        return []
    offered = status.get("key_handovers")
    if not isinstance(target, str) or not _HEX64.match(target) or not isinstance(offered, list):
        raise KeyRefused("key_handover_missing", "the server's key or its hand-overs are malformed")
    chain: list[dict[str, Any]] = []
    current, seen = trusted, {trusted}
    while current != target:
        claims = [h for h in offered if isinstance(h, dict) and h.get("previous_key") == current]
        if not claims:
            raise KeyRefused("key_handover_missing", f"no hand-over from key {current[:16]}… to {target[:16]}…")
        valid = [h for h in claims if handover_valid(current, h)]
        if not valid:
            raise KeyRefused("key_handover_forged", f"a hand-over from key {current[:16]}… is not signed by it")
        if len({h["public_key"] for h in valid}) > 1:
            raise KeyRefused("key_handover_forged", f"key {current[:16]}… handed over to two keys")
        step = valid[0]
        if step["public_key"] in seen:
            raise KeyRefused("key_handover_missing", "the hand-overs go round in a circle")
        chain.append(step)
        current = step["public_key"]
        seen.add(current)
    return chain


def follow_server_key(ledger: Ledger, status: dict[str, Any]) -> str:
    """Adopt the server's key in use if the hand-overs lead to it from the trusted key; returns
    the key the device trusts afterwards. Raises KeyRefused, having changed nothing."""
    with ledger.store.read() as conn:
        trusted = state.get(conn, state.SERVER_KEY)
    chain = handovers_to_current(trusted, status)
    if not chain:
        return trusted
    device, municipality = ledger.device, ledger.municipality
    with ledger.store.transaction() as conn:
        if state.get(conn, state.SERVER_KEY) != trusted:  # another sync (in the background) moved it meanwhile
            return state.get(conn, state.SERVER_KEY)
        context = WriteContext(device, municipality, None, iso(ledger.clock()))
        for handover in chain:
            context.emit(conn, EVENT, event_data(handover))
        state.put(conn, state.SERVER_KEY, chain[-1]["public_key"])
    return chain[-1]["public_key"]
