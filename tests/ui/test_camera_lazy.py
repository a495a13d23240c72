"""The camera stack (QtMultimedia, FFmpeg) is loaded only when the enrollment screen is used: at
start-up it cost memory and start time, and printed backend warnings on every launch."""
from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import os, sys, tempfile, time
from core.demo import ensure_demo
from desktop.app import application, build_window
from PySide6.QtCore import QEventLoop
app = application()
folder = tempfile.mkdtemp()
os.environ["QUITTANCE_STATE_DIR"] = folder
ledger = ensure_demo(os.path.join(folder, "demo.db"), taxpayers=20)
window = build_window(ledger, demo=True)
window.show()
agent = ledger.find_agent("Ilunga Kabeya")
window._logged_in(agent.id, agent.name)
end = time.monotonic() + 3  # login's warm-up runs screen by screen over the next turns
while time.monotonic() < end:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
print("after login:", "PySide6.QtMultimedia" in sys.modules)
window.navigate("sync")
window.sync.enroll_button.click()
app.processEvents()
print("enrollment screen:", "PySide6.QtMultimedia" in sys.modules)
window.shutdown()
"""


def test_the_camera_stack_loads_only_with_the_enrollment_screen(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUITTANCE_STATE_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert "after login: False" in lines
    assert "enrollment screen: True" in lines  # the probe itself can see the module load
