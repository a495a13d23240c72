"""Releases on the server (issue 13, Updates): `release add` keeps a checked installer file and
signs its manifest with the server's key; devices get the current release of their platform and
download it whole or from a byte on; what is not an installer is refused, saying why."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sync.releases import signature_valid
from sync.server import keyrotation, releases
from sync.server.reference import AdminError
from sync.server.serverkey import load_or_create
from tests.fixtures.installers import make_deb, make_exe
from tests.server.support import auth, enroll, make_device

BIN = Path(sys.executable).parent / "quittance-server"
ROOT = Path(__file__).resolve().parents[2]


def _publish(server, path: Path, version: str, platform: str = "linux-deb", notes: str = "") -> dict:  # noqa: ANN001
    private = load_or_create(server.settings.key_path)
    with server.engine.begin() as conn:
        return releases.add(conn, path, server.settings.data_dir, private, version=version, platform=platform,
                            notes=notes)


def _device(server, tmp_path: Path) -> tuple[str, str]:  # noqa: ANN001
    """A device token and the server key the device received at enrollment."""
    ledger = make_device(tmp_path / "device.db", server)
    answer = enroll(server, ledger, server.enrollment_code("T07"))
    ledger.close()
    return answer["token"], answer["server_public_key"]


def test_the_highest_release_of_a_platform_is_offered_signed_and_downloads_whole_or_resumed(server, tmp_path):
    token, server_key = _device(server, tmp_path)
    old = _publish(server, make_deb(tmp_path / "old.deb", "1.2.0"), "1.2.0")
    new_file = make_deb(tmp_path / "new.deb", "1.10.0")
    new = _publish(server, new_file, "1.10.0", notes="Reçus plus rapides")
    _publish(server, make_exe(tmp_path / "setup.exe"), "2.0.0", platform="windows-exe")
    assert old["added"] and new["added"]

    answer = server.client.get("/api/v1/release", params={"platform": "linux-deb"}, headers=auth(token))
    assert answer.status_code == 200, answer.text
    offered = answer.json()["release"]
    assert offered["version"] == "1.10.0"  # 1.10.0 after 1.2.0: versions compare as numbers, not as text
    assert offered["notes"] == "Reçus plus rapides" and offered["file_name"] == "quittance-1.10.0.deb"
    assert offered["sha256"] == hashlib.sha256(new_file.read_bytes()).hexdigest()
    assert offered["size"] == new_file.stat().st_size
    assert offered["signed_by"] == server_key and signature_valid(server_key, offered)
    assert not signature_valid(server_key, {**offered, "sha256": "0" * 64})  # the hash is what is signed

    whole = server.client.get(f"/api/v1/releases/{offered['id']}", headers=auth(token))
    assert whole.status_code == 200 and whole.content == new_file.read_bytes()
    assert whole.headers["x-content-sha256"] == offered["sha256"]
    rest = server.client.get(f"/api/v1/releases/{offered['id']}", headers={**auth(token), "Range": "bytes=1000-"})
    assert rest.status_code == 206 and rest.content == new_file.read_bytes()[1000:]
    assert rest.headers["content-range"] == f"bytes 1000-{offered['size'] - 1}/{offered['size']}"
    past = server.client.get(f"/api/v1/releases/{offered['id']}",
                             headers={**auth(token), "Range": f"bytes={offered['size']}-"})
    assert past.status_code == 416 and past.json()["error"]["code"] == "range_not_satisfiable"

    windows = server.client.get("/api/v1/release", params={"platform": "windows-exe"}, headers=auth(token)).json()
    assert windows["release"]["version"] == "2.0.0" and windows["release"]["file_name"] == "quittance-2.0.0.exe"


def test_no_release_no_token_and_an_unknown_platform_or_file(server, tmp_path):
    token, _key = _device(server, tmp_path)
    none = server.client.get("/api/v1/release", params={"platform": "linux-deb"}, headers=auth(token))
    assert none.status_code == 200 and none.json()["release"] is None
    assert server.client.get("/api/v1/release", params={"platform": "linux-deb"}).status_code == 401
    bad = server.client.get("/api/v1/release", params={"platform": "android-apk"}, headers=auth(token))
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_request"
    done = _publish(server, make_deb(tmp_path / "q.deb", "3.0.0"), "3.0.0")
    assert server.client.get(f"/api/v1/releases/{done['id']}").status_code == 401
    missing = server.client.get("/api/v1/releases/01938a00-0000-7000-8000-0000000000aa", headers=auth(token))
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("platform, content, version, words", [
    ("linux-deb", b"MZ\x90\x00 a Windows program", "1.0.0", "is not a Debian package"),
    ("windows-exe", b"!<arch>\ndebian-binary   ", "1.0.0", "is not a Windows program"),
    ("linux-deb", None, "1.0", "is not X.Y.Z"),
    ("linux-deb", None, "v1.0.0", "is not X.Y.Z"),
])
def test_what_is_not_a_release_is_refused_saying_why(server, tmp_path, platform, content, version, words):
    path = tmp_path / "file.bin"
    if content is None:
        make_deb(path, "1.0.0")
    else:
        path.write_bytes(content)
    with pytest.raises(AdminError, match=words):
        _publish(server, path, version, platform=platform)
    assert releases.list_releases(server.engine.connect()) == []


def test_a_version_is_published_once(server, tmp_path):
    first = make_deb(tmp_path / "a.deb", "1.1.0")
    assert _publish(server, first, "1.1.0")["added"]
    assert not _publish(server, first, "1.1.0")["added"]  # the same file again: nothing changes
    with pytest.raises(AdminError, match="published already with another file"):
        _publish(server, make_deb(tmp_path / "b.deb", "1.1.0"), "1.1.0")


def test_after_a_key_rotation_the_release_is_vouched_for_by_the_key_in_use(server, tmp_path):
    done = _publish(server, make_deb(tmp_path / "a.deb", "4.0.0"), "4.0.0")
    rotated = keyrotation.rotate(server.engine, server.settings.key_path)
    token, _key = _device(server, tmp_path)  # enrolled after the rotation: trusts the new key only
    offered = server.client.get("/api/v1/release", params={"platform": "linux-deb"}, headers=auth(token)).json()
    assert offered["release"]["signed_by"] == rotated["public_key"] != done["signed_by"]
    assert signature_valid(rotated["public_key"], offered["release"])


def test_a_release_whose_row_was_rewritten_in_the_database_is_offered_to_nobody(server, tmp_path):
    """Someone who can write to the database but does not hold the key: a changed hash no longer
    matches the signature, and no device is offered it (even once the signing key is retired)."""
    from sync.server.schema import releases as table

    _publish(server, make_deb(tmp_path / "a.deb", "5.0.0"), "5.0.0")
    with server.engine.begin() as conn:
        conn.execute(table.update().values(sha256="f" * 64))
    keyrotation.rotate(server.engine, server.settings.key_path)
    token, _key = _device(server, tmp_path)
    offered = server.client.get("/api/v1/release", params={"platform": "linux-deb"}, headers=auth(token)).json()
    assert offered["release"] is None


def test_release_add_and_list_commands(server, tmp_path, database_url):
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(server.settings.data_dir),
           "QUITTANCE_DATABASE_URL": database_url}
    deb = make_deb(tmp_path / "quittance_1.3.0_all.deb", "1.3.0")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(BIN), *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)

    added = run("release", "add", "--version", "1.3.0", "--platform", "linux-deb", "--file", str(deb),
                "--notes", "Correctifs")
    assert added.returncode == 0, added.stderr
    assert "Release 1.3.0 for linux-deb" in added.stdout and "devices download it at their next sync" in added.stdout
    listed = json.loads(run("release", "list", "--json").stdout)["releases"]
    assert [(r["version"], r["platform"], r["notes"]) for r in listed] == [("1.3.0", "linux-deb", "Correctifs")]
    stored = server.settings.data_dir / "releases" / f"{listed[0]['sha256']}.deb"
    assert stored.read_bytes() == deb.read_bytes()
    wrong = run("release", "add", "--version", "1.4.0", "--platform", "windows-exe", "--file", str(deb))
    assert wrong.returncode == 2 and "is not a Windows program (.exe)" in wrong.stderr
