#!/usr/bin/env bash
# Install what the tests need (idempotent) and run the whole test suite:
# lint, every test on SQLite, then every test again on a throw-away
# PostgreSQL server (each test that opens a store gets its own database).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/install-system.sh
.venv/bin/ruff check ktxh tests bench
.venv/bin/python -m pytest "$@"
echo "== the whole suite again, on PostgreSQL"
bash scripts/postgres.sh .venv/bin/python -m pytest "$@"
