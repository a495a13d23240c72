"""One exclusive lock on an open file, across processes: `flock` on POSIX, `msvcrt.locking` on
Windows. Closing the descriptor releases it. The key envelope and the journal's side file use it,
so that two processes (the app and a command) never interleave their writes."""
from __future__ import annotations


def lock_exclusive(fd: int) -> None:
    """Block until this process holds the file's exclusive lock."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_EX)
