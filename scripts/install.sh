#!/usr/bin/env bash
# Create .venv and install ktxh with its pinned dependencies (idempotent).
# pip's output goes to .venv/install.log and is shown only if it fails.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
stamp=.venv/.ktxh-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "installing ktxh into .venv ..." >&2
    if ! { .venv/bin/python -m pip install --upgrade pip \
           && .venv/bin/python -m pip install -e '.[dev]'; } > .venv/install.log 2>&1; then
        tail -n 40 .venv/install.log >&2
        echo "install failed; full log in .venv/install.log" >&2
        exit 1
    fi
    touch "$stamp"
fi
