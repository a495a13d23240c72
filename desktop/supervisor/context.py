"""What every supervisor screen is given."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.tasks import TaskRunner
from sync.client.supervisor import SupervisorClient


@dataclass
class SupervisorContext:
    client: SupervisorClient  # logged in
    tasks: TaskRunner
    language: str = "fr"
