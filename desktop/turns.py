"""Splitting UI-thread work over turns of the event loop, so that no single turn holds the screen
longer than a frame (16 ms) and what the agent asked for is drawn first."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

# A timer, not a zero-delay single shot: Qt runs a zero-delay single shot as a posted event, in the
# same batch as the layout and paint requests of what was just shown, so nothing would be drawn in
# between. Timers run once the posted events (the paint among them) are through.
_AFTER_FRAME_MS = 1


def after_frame(receiver: QObject, work: Callable[[], None]) -> None:
    """Run `work` on a later turn, once what is pending (layout, paint) has run. Dropped if
    `receiver` is deleted first."""
    QTimer.singleShot(_AFTER_FRAME_MS, receiver, work)
