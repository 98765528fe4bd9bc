#!/usr/bin/env bash
# Install ktxh into .venv, load the sample documents into a fresh demo store,
# print what was found, then serve the dashboard on http://127.0.0.1:8000/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
db="sqlite:///$(pwd)/demo.db"
port="${PORT:-8000}"
rm -f demo.db
.venv/bin/ktxh ingest samples/*-*.md --db "$db"
echo
.venv/bin/ktxh docs --db "$db"
echo
.venv/bin/ktxh targets --db "$db" --as-of 2024-03-31
echo
.venv/bin/ktxh tasks --db "$db" --as-of 2024-03-31
echo
.venv/bin/ktxh projects --db "$db"
echo
.venv/bin/ktxh findings --db "$db"
echo
echo "ktxh-demo" | .venv/bin/ktxh user add demo --role admin --password-stdin --db "$db"
echo "Dashboard: http://127.0.0.1:${port}/  (user: demo, password: ktxh-demo; Ctrl-C to stop)"
KTXH_SECRET_KEY="${KTXH_SECRET_KEY:-demo-only-secret}" exec .venv/bin/ktxh serve --db "$db" --port "$port"
