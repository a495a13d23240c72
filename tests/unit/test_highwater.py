"""The high-water mark file: two slots, a torn write leaves the other valid, never moves back."""
import stat

from core.highwater import Mark, MarkFile


def test_a_torn_write_leaves_the_previous_mark(tmp_path):
    marks = MarkFile(tmp_path / "state" / "device.hwm")
    marks.advance(Mark(1, "a" * 64, 2026, 1))
    marks.advance(Mark(2, "b" * 64, 2026, 2))
    assert marks.read() == Mark(2, "b" * 64, 2026, 2)
    data = bytearray(marks.path.read_bytes())
    newest_slot = 1  # generations 0, 1 went to slots 0, 1
    data[newest_slot * 256 + 30] ^= 0xFF  # a power cut in the middle of writing it
    marks.path.write_bytes(bytes(data))
    assert marks.read() == Mark(1, "a" * 64, 2026, 1)
    assert stat.S_IMODE(marks.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(marks.path.parent.stat().st_mode) == 0o700


def test_the_mark_never_moves_back(tmp_path):
    marks = MarkFile(tmp_path / "device.hwm")
    marks.advance(Mark(5, "e" * 64))
    MarkFile(marks.path).advance(Mark(4, "d" * 64))  # a slower writer with an older head
    assert marks.read().seq == 5


def test_no_file_or_garbage_is_no_mark(tmp_path):
    marks = MarkFile(tmp_path / "device.hwm")
    assert marks.read() is None
    marks.path.write_bytes(b"\x00" * 256)
    assert marks.read() is None
