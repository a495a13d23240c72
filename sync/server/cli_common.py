"""What every `quittance-server` command shares: its settings, its engine, and how it prints.

Each family of commands lives in its own `cli_*.py` module with a `register(sub, command)`
function that `cli.build_parser` calls."""
from __future__ import annotations

import argparse
import json
from typing import Any, Callable

from sqlalchemy import Engine

from sync.server.db import make_engine, migrate
from sync.server.settings import Settings, load_settings

# command(name, func, help_text, parent=..., json_flag=True) -> the subparser
CommandMaker = Callable[..., argparse.ArgumentParser]


def settings_of(args: argparse.Namespace) -> Settings:
    return load_settings(data_dir=args.data, database_url=args.database_url)


def engine_of(args: argparse.Namespace) -> Engine:
    engine = make_engine(settings_of(args))
    migrate(engine)
    return engine


def out(args: argparse.Namespace, value: dict[str, Any], text: str) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2) if getattr(args, "json", False) else text)
