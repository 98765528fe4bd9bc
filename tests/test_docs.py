"""Every command and setting is documented in the README (datasette's habit)."""

from pathlib import Path

import pytest
import typer.main

from ktxh.cli import app
from ktxh.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)


@pytest.mark.parametrize("name", _commands())
def test_command_in_readme(name):
    assert f"ktxh {name}" in README


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_setting_in_readme(field):
    assert f"KTXH_{field.upper()}" in README
