"""desktop/removable.py: the volumes under the mount roots, by name, with their free space; a
read-only medium (a locked SD card, here a real read-only tmpfs) is not offered."""
from __future__ import annotations

import subprocess

from desktop.removable import removable_volumes
from tests.integration.test_storage_faults import _cannot, tmpfs


def test_the_folders_under_the_roots_are_the_volumes_and_a_read_only_one_is_left_out(tmp_path):
    root = tmp_path / "media" / "agent"
    root.mkdir(parents=True)
    (root / "kingston").mkdir()
    (root / ".Trash-1000").mkdir()  # not a volume
    (root / "notes.txt").write_text("not a volume either")
    with tmpfs(root / "SD_CARD", "1m"):
        found = removable_volumes([root, tmp_path / "run" / "media" / "agent"])  # the second root is absent
        assert [v.name for v in found] == ["kingston", "SD_CARD"]
        card = found[1]
        assert card.path == root / "SD_CARD" and 0 < card.free <= card.total <= 1024 * 1024
        remount = subprocess.run(["mount", "-o", "remount,ro", str(root / "SD_CARD")], capture_output=True, text=True)
        if remount.returncode != 0:
            _cannot(f"remounting read-only is not permitted here: {remount.stderr.strip()}")
        assert [v.name for v in removable_volumes([root])] == ["kingston"]
