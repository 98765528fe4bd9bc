#!/usr/bin/env bash
# Install what the tests need (idempotent) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/ruff check ktxh tests bench
.venv/bin/python -m pytest "$@"
