"""Shared fixtures: the repository's fixtures and samples, and the command to compare with."""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARCHIVE = REPO / "tests" / "fixtures" / "archive"
SAMPLES = REPO / "samples"


@pytest.fixture(scope="session")
def cli():
    """Runs the `dechrome` command (built by `cargo build --release`, or named by $DECHROME_CLI)
    and returns its JSON Lines records."""
    binary = Path(os.environ.get("DECHROME_CLI", REPO / "target" / "release" / "dechrome"))
    if not binary.exists():
        pytest.fail(f"the dechrome command is not built at {binary}: run `cargo build --release` first")

    def run(*args, stdin=None):
        out = subprocess.run(
            [str(binary), "--format", "jsonl", "--quiet", *map(str, args)],
            input=stdin,
            capture_output=True,
            check=False,
        )
        return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]

    return run


def without(records, *keys):
    """Records without some fields, to compare what both sides should agree on."""
    return [{k: v for k, v in r.items() if k not in keys} for r in records]
