"""The device side of sync (sync/PROTOCOL.md): enrollment, push then pull, per-record status.

Depends on `core`; all HTTP goes through one `httpx.Client` built on an injectable transport
(`SyncClient(base_url, transport)`), so tests inject faults without a network."""
