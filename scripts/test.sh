#!/usr/bin/env bash
# Install what the tests need (idempotent) and run the whole test suite:
# lint, every test on SQLite, then the database-facing tests again on a
# throw-away PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/install-system.sh
.venv/bin/ruff check ktxh tests bench
.venv/bin/python -m pytest "$@"
echo "== the store tests again, on PostgreSQL"
bash scripts/postgres.sh .venv/bin/python -m pytest tests/store
