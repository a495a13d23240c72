"""The central server: enrollment, push, pull and the receipts projection (see sync/PROTOCOL.md).

It may import only the pure modules of `core` (envelope, canonical, keys, token, money, ids…),
never the device store."""
