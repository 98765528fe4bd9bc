"""`ktxh user add|token` and the first-run hint of `ktxh serve`."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ktxh.cli import app
from ktxh.web.app import create_app
from tests.support.database import fresh_url

runner = CliRunner()


@pytest.mark.parametrize(("args", "stdin", "code", "words"), [
    (["user", "add", "an", "--role", "editor", "--agency", "STC", "--password-stdin"],
     "mat-khau-1\n", 0, "created"),
    (["user", "add", "binh", "--role", "chief", "--password-stdin"], "mat-khau-1\n", 1,
     "unknown role"),
    (["user", "add", "chi", "--password-stdin"], "123\n", 1, "at least 6"),
])
def test_user_add(tmp_path, args, stdin, code, words):
    db = fresh_url(tmp_path)
    r = runner.invoke(app, [*args, "--db", db], input=stdin)
    assert r.exit_code == code
    assert words in r.output


def test_user_token_works_on_api(tmp_path):
    db = fresh_url(tmp_path)
    runner.invoke(app, ["user", "add", "an", "--role", "viewer", "--password-stdin",
                        "--db", db], input="mat-khau-1\n")
    again = runner.invoke(app, ["user", "add", "an", "--password-stdin", "--db", db],
                          input="mat-khau-1\n")
    assert again.exit_code == 1 and "exists" in again.output
    r = runner.invoke(app, ["user", "token", "an", "--db", db])
    assert r.exit_code == 0
    token = r.output.strip().splitlines()[-1]
    web = create_app(db, "s")
    me = TestClient(web).get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["username"] == "an"
    web.state.store.close()
    assert runner.invoke(app, ["user", "token", "khong-co", "--db", db]).exit_code == 1


def test_serve_prints_first_run_hint(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: calls.append(k))
    r = runner.invoke(app, ["serve", "--db", fresh_url(tmp_path), "--port", "8123"])
    assert r.exit_code == 0 and calls[0]["port"] == 8123
    assert "ktxh user add" in r.output
