"""A README line run on a real terminal (a pseudo-terminal), for commands that ask a question
without echo: the test answers each prompt as a person at the keyboard would."""
from __future__ import annotations

import os
import pty
import select
import time
from pathlib import Path
from typing import Mapping


def run_on_terminal(line: str, cwd: Path, env: Mapping[str, str], answers: Mapping[str, str],
                    timeout: float = 120) -> tuple[int, str]:
    """Run `line` through bash on a new pseudo-terminal; whenever the output ends with one of the
    `answers`' prompts, type its answer and Enter. Returns the exit status and what the terminal showed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: bash on the terminal pty.fork made its controlling terminal
        os.chdir(cwd)
        os.execve("/bin/bash", ["bash", "-c", line], dict(env))
    shown, answered_at = "", 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                shown += chunk.decode("utf-8", "replace")
            pending = shown[answered_at:]
            for prompt, answer in answers.items():
                if pending.rstrip().endswith(prompt.rstrip()):
                    os.write(fd, (answer + "\n").encode())
                    answered_at = len(shown)
                    break
        else:
            os.kill(pid, 9)
            raise AssertionError(f"{line!r} still running after {timeout} s; the terminal showed:\n{shown}")
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), shown
