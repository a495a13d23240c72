"""The attempt counter: a window opens at a key's first attempt, whatever the wall clock says."""
import pytest
from sqlalchemy import create_engine

from sync.server import ratelimit
from sync.server.schema import metadata


@pytest.fixture
def engine(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'limits.db'}")
    metadata.create_all(engine)
    return engine


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(1_800_000_599.0)  # one second before a 600-second boundary of the wall clock
    monkeypatch.setattr(ratelimit.time, "time", clock)
    return clock


def test_a_burst_across_a_clock_boundary_is_still_one_window(engine, clock):
    waits = []
    for _ in range(4):
        waits.append(ratelimit.count_attempt(engine, "enroll:10.0.0.1", limit=3, window_s=600))
        clock.now += 1
    assert waits[:3] == [None, None, None]
    assert waits[3] == pytest.approx(597.0)  # the window opened at the first attempt


def test_the_window_closes_window_seconds_after_the_first_attempt(engine, clock):
    for _ in range(3):
        ratelimit.count_attempt(engine, "login:10.0.0.1", limit=3, window_s=600)
    clock.now += 599
    assert ratelimit.count_attempt(engine, "login:10.0.0.1", limit=3, window_s=600) == pytest.approx(1.0)
    clock.now += 1
    assert ratelimit.count_attempt(engine, "login:10.0.0.1", limit=3, window_s=600) is None


def test_a_short_window_does_not_clear_a_longer_one_kept_for_another_key(engine, clock):
    for _ in range(2):
        ratelimit.count_attempt(engine, "login:10.0.0.1", limit=2, window_s=3_600)
    clock.now += 900
    ratelimit.count_attempt(engine, "enroll:10.0.0.1", limit=10, window_s=600)
    assert ratelimit.count_attempt(engine, "login:10.0.0.1", limit=2, window_s=3_600) == pytest.approx(2_700.0)
