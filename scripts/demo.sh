#!/usr/bin/env bash
# Install ktxh into .venv, load the sample documents into a fresh demo store
# and print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
db="sqlite:///$(pwd)/demo.db"
rm -f demo.db
.venv/bin/ktxh ingest samples --db "$db"
echo
.venv/bin/ktxh docs --db "$db"
echo
.venv/bin/ktxh tasks --db "$db"
echo
.venv/bin/ktxh projects --db "$db"
