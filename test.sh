#!/usr/bin/env bash
# Every test: the Rust library and command (`cargo test`), then the Python package, its
# datatrove steps and the Spark job, against the command's own records. The Python side runs
# in a virtual environment of its own, target/venv, made and filled from PyPI on first use.
# `cargo test` alone runs the Rust side.
set -euo pipefail
cd "$(dirname "$0")"

cargo test
# The Python tests compare with the command's records.
cargo build --release --quiet

venv=target/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --upgrade pip
fi
"$venv/bin/pip" install --quiet "maturin>=1.9.4,<2" "pytest>=8" "datatrove[io]>=0.10" "pyspark>=3.5"

# The wheel as users get it: one abi3 wheel for CPython 3.9 and later.
rm -rf target/wheels
PYO3_PYTHON="$venv/bin/python" "$venv/bin/maturin" build --release --quiet -m python/Cargo.toml -o target/wheels
"$venv/bin/pip" install --quiet --force-reinstall --no-deps target/wheels/dechrome-*-abi3-*.whl
"$venv/bin/python" -m pytest -q python/tests
