"""App updates end to end (issue 13, Updates): an administrator publishes a release on the real
server, the real client finds it at its next sync, downloads it (resuming a cut download), checks
size, SHA-256 and the server's signature, and stages it beside the database; a tampered file or a
forged signature is refused and deleted, never staged; installing copies the database first."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import httpx
import pytest

from core import backup_copy, vault
from core.errors import QuittanceError
from core.service import Ledger
from sync.client.update_install import install_staged
from sync.client.updates import read_staged, updates_folder
from sync.server import releases
from sync.server.schema import releases as releases_table
from sync.server.serverkey import load_or_create
from tests.fixtures.installers import make_deb
from tests.server.support import record_sale
from tests.sync_e2e.support import IN_PROCESS_URL, enrolled_device, in_process, sync


def publish(server, path: Path, version: str) -> dict:  # noqa: ANN001
    with server.engine.begin() as conn:
        return releases.add(conn, path, server.settings.data_dir, load_or_create(server.settings.key_path),
                            version=version, platform="linux-deb")


class CuttingTransport(httpx.BaseTransport):
    """The in-process server, except that the first `cuts` downloads of a release stop after
    `keep` bytes with a dropped connection; every Range header asked for is kept."""

    def __init__(self, inner: httpx.BaseTransport, keep: int, cuts: int = 1) -> None:
        self.inner, self.keep, self.cuts = inner, keep, cuts
        self.ranges: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if "/api/v1/releases/" not in request.url.path:
            return response
        self.ranges.append(request.headers.get("Range"))
        if self.cuts <= 0:
            return response
        self.cuts -= 1
        body = response.read()[:self.keep]

        class Cut(httpx.SyncByteStream):
            def __iter__(self):  # noqa: ANN204
                yield body
                raise httpx.ReadError("connection dropped")

        return httpx.Response(response.status_code, headers=response.headers, stream=Cut(), request=request)


@pytest.fixture
def device(server, tmp_path):  # noqa: ANN001, ANN201
    (tmp_path / "field").mkdir()
    ledger = enrolled_device(tmp_path / "field" / "t07.db", server, IN_PROCESS_URL, in_process(server))
    yield ledger
    ledger.close()


def test_a_published_release_is_downloaded_checked_and_staged_at_the_next_sync(server, device, tmp_path):
    record_sale(device)
    deb = make_deb(tmp_path / "quittance_9.0.0_all.deb", "9.0.0")
    assert sync(device, in_process(server)).update == {"state": "none", "version": None}
    publish(server, deb, "9.0.0")
    result = sync(device, in_process(server))
    assert result.ok and result.pending == 0  # the ledger's own sync went as always
    assert result.update == {"state": "staged", "version": "9.0.0"}
    folder = updates_folder(device.store.path)
    assert folder == tmp_path / "field" / "updates"
    staged = read_staged(folder)
    assert staged is not None and staged.version == "9.0.0"
    assert staged.file.read_bytes() == deb.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["quittance-9.0.0.deb", "staged.json"]  # no .part
    before = staged.file.stat().st_mtime_ns
    assert sync(device, in_process(server)).update == {"state": "staged", "version": "9.0.0"}
    assert staged.file.stat().st_mtime_ns == before  # staged already: not downloaded again


def test_a_download_cut_by_the_network_resumes_where_it_stopped(server, device, tmp_path):
    deb = make_deb(tmp_path / "q.deb", "9.1.0", payload_bytes=600_000)
    publish(server, deb, "9.1.0")
    cutting = CuttingTransport(in_process(server), keep=250_000)
    first = sync(device, cutting)
    assert first.ok and first.update["state"] == "interrupted" and first.update["code"] == "update_interrupted"
    folder = updates_folder(device.store.path)
    part = folder / "quittance-9.1.0.deb.part"
    assert part.stat().st_size == 250_000 and read_staged(folder) is None
    second = sync(device, cutting)
    assert second.update == {"state": "staged", "version": "9.1.0"}
    assert cutting.ranges == [None, "bytes=250000-"]  # the second asked only for the rest
    assert read_staged(folder).file.read_bytes() == deb.read_bytes()


def test_a_file_altered_on_the_way_is_refused_deleted_and_never_staged(server, device, tmp_path):
    deb = make_deb(tmp_path / "q.deb", "9.2.0")
    done = publish(server, deb, "9.2.0")
    stored = server.settings.data_dir / "releases" / f"{done['sha256']}.deb"
    altered = bytearray(stored.read_bytes())
    altered[-10] ^= 0xFF  # one byte of the payload: same size, another hash
    stored.write_bytes(bytes(altered))
    result = sync(device, in_process(server))
    assert result.ok and result.update == {"state": "refused", "version": "9.2.0", "code": "update_refused_file"}
    folder = updates_folder(device.store.path)
    assert read_staged(folder) is None and list(folder.iterdir()) == []  # deleted, nothing half-kept
    assert "was refused" in QuittanceError("update_refused_file", version="9.2.0").message("en")


def test_a_truncated_file_is_refused(server, device, tmp_path):
    done = publish(server, make_deb(tmp_path / "q.deb", "9.3.0"), "9.3.0")
    stored = server.settings.data_dir / "releases" / f"{done['sha256']}.deb"
    stored.write_bytes(stored.read_bytes()[:-5000])
    result = sync(device, in_process(server))
    assert result.update["state"] == "refused" and result.update["code"] == "update_refused_file"
    assert list(updates_folder(device.store.path).iterdir()) == []


def test_a_manifest_not_signed_by_the_trusted_key_is_refused_before_any_download(server, device, tmp_path):
    deb = make_deb(tmp_path / "q.deb", "9.4.0")
    publish(server, deb, "9.4.0")
    with server.engine.begin() as conn:  # the database rewritten to point at another file's hash
        conn.execute(releases_table.update().values(sha256=hashlib.sha256(b"another file").hexdigest()))
    cutting = CuttingTransport(in_process(server), keep=0, cuts=0)
    result = sync(device, cutting)
    assert result.update == {"state": "refused", "version": "9.4.0", "code": "update_refused_signature"}
    assert cutting.ranges == []  # nothing was even asked for
    folder = updates_folder(device.store.path)
    assert not folder.exists() or list(folder.iterdir()) == []


class RecordingInstaller:
    """The one stand-in: no package manager can run here. Records what it was handed."""

    def __init__(self) -> None:
        self.files: list[Path] = []

    def install(self, file: Path) -> None:
        self.files.append(file)


def _events(path: Path, key: bytes | None) -> list[tuple]:
    """The events of a device database or its copy, opened with the device's data key as the
    copy must be (an encrypted device makes an encrypted copy, same key)."""
    conn = backup_copy.connect(path, key, read_only=True)
    try:
        return conn.execute("SELECT seq, hash FROM events ORDER BY seq").fetchall()
    finally:
        conn.close()


def test_installing_copies_the_database_then_hands_the_checked_file_to_the_installer(server, device, tmp_path):
    record_sale(device)
    deb = make_deb(tmp_path / "q.deb", "9.5.0")
    publish(server, deb, "9.5.0")
    sync(device, in_process(server))
    staged = read_staged(updates_folder(device.store.path))
    installer = RecordingInstaller()
    done = install_staged(device, staged, installer, platform="linux-deb")
    assert installer.files == [staged.file] and staged.file.read_bytes() == deb.read_bytes()
    backup = Path(done["backup"])
    assert backup.parent == tmp_path / "field" / "backups" and backup.name.startswith("quittance-before-9.5.0-")
    key = device.store.key
    assert key is not None and vault.is_encrypted(backup)  # the device's data stays encrypted in its copy
    assert _events(backup, key) == _events(device.store.path, key) and _events(backup, key)  # every event
    copy = Ledger.open(backup, key=key)
    try:
        assert copy.verify().ok
    finally:
        copy.close()


def test_a_staged_file_changed_on_the_device_is_refused_at_install_and_deleted(server, device, tmp_path):
    publish(server, make_deb(tmp_path / "q.deb", "9.6.0"), "9.6.0")
    sync(device, in_process(server))
    folder = updates_folder(device.store.path)
    staged = read_staged(folder)
    content = bytearray(staged.file.read_bytes())
    content[100] ^= 0x01
    staged.file.write_bytes(bytes(content))
    installer = RecordingInstaller()
    with pytest.raises(QuittanceError) as refused:
        install_staged(device, staged, installer, platform="linux-deb")
    assert refused.value.code == "update_refused_file" and installer.files == []
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "field" / "backups").exists()  # refused before the copy: nothing to clean


def test_over_real_http_on_loopback(server, served, tmp_path):
    """The same through `quittance-server serve` (uvicorn, a real socket) and the client's own transport."""
    (tmp_path / "loop").mkdir()
    ledger = enrolled_device(tmp_path / "loop" / "t08.db", server, served.base_url, None, code="T08")
    try:
        deb = make_deb(tmp_path / "q.deb", "9.7.0", payload_bytes=1_500_000)
        publish(server, deb, "9.7.0")
        result = sync(ledger)
        assert result.ok and result.update == {"state": "staged", "version": "9.7.0"}
        staged = read_staged(updates_folder(ledger.store.path))
        assert staged.file.read_bytes() == deb.read_bytes()
        assert json.loads((staged.file.parent / "staged.json").read_text())["release"]["version"] == "9.7.0"
    finally:
        ledger.close()


def test_when_the_database_cannot_be_copied_nothing_is_installed(server, device, tmp_path):
    publish(server, make_deb(tmp_path / "q.deb", "9.8.0"), "9.8.0")
    sync(device, in_process(server))
    staged = read_staged(updates_folder(device.store.path))
    (tmp_path / "field" / "backups").write_text("a file where the backups folder goes")  # mkdir fails
    installer = RecordingInstaller()
    with pytest.raises(QuittanceError) as refused:
        install_staged(device, staged, installer, platform="linux-deb")
    assert refused.value.code == "update_backup_failed" and installer.files == []
    assert "Rien n'a été installé" in refused.value.message("fr")
    assert read_staged(updates_folder(device.store.path)) is not None  # still waiting, to try again


def test_once_installed_the_update_is_no_longer_waiting(server, device, tmp_path):
    """The first start of the new version: what was staged is the version running now, so it is
    not offered again, and its files are cleared away (before any sync)."""
    from sync.client.updates import waiting

    publish(server, make_deb(tmp_path / "q.deb", "9.9.0"), "9.9.0")
    sync(device, in_process(server))
    folder = updates_folder(device.store.path)
    assert waiting(folder, running="9.8.9").version == "9.9.0"  # the old app: still to install
    assert waiting(folder, running="9.9.0") is None  # the new one runs
    assert list(folder.iterdir()) == []


def test_an_update_never_takes_the_space_the_ledger_needs(server, device, tmp_path):
    """Less free space than the reserve (here the reserve is raised past this disk's free space):
    nothing is downloaded, the sync itself goes through, and the agent is told why."""
    import shutil

    from sync.client.updates import at_sync
    from sync.client.http import SyncClient
    from sync.client import state

    publish(server, make_deb(tmp_path / "q.deb", "9.9.1"), "9.9.1")
    with device.store.read() as conn:
        token, key = state.get(conn, state.TOKEN), state.get(conn, state.SERVER_KEY)
    free = shutil.disk_usage(tmp_path).free
    with SyncClient(IN_PROCESS_URL, in_process(server), token=token) as client:
        done = at_sync(device.store.path, client, key, keep_free=free + 1)
    assert done == {"state": "refused", "version": "9.9.1", "code": "update_no_space"}
    assert list(updates_folder(device.store.path).iterdir()) == []
    assert "Libérez de la place" in QuittanceError("update_no_space", version="9.9.1", megabytes=1).message("fr")
