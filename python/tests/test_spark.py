"""examples/spark_clean.py in Spark's local mode gives the command's records."""

import json
import os
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java (17 or later): none found", allow_module_level=True)

from conftest import ARCHIVE, REPO, without  # noqa: E402

JOB = REPO / "examples" / "spark_clean.py"


def spark_job(*args):
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    run = subprocess.run([sys.executable, str(JOB), *map(str, args)], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]


def read_parts(folder):
    return [json.loads(line) for part in sorted(folder.glob("part-*")) for line in part.read_text().splitlines()]


def test_json_lines_on_spark_equal_the_command_s_records(cli, tmp_path):
    spark_job(ARCHIVE / "docs.jsonl", tmp_path / "out", "--no-site-chrome")
    records = read_parts(tmp_path / "out")
    expected = cli("--no-site-chrome", ARCHIVE / "docs.jsonl")
    assert len(records) == len(expected)
    # Where each line is named, and the wording of a bad line's error, differ; all else is equal.
    assert without(records, "source", "error") == without(expected, "source", "error")
    assert [bool(r["error"]) for r in records] == [bool(r["error"]) for r in expected]
    assert records[0]["crawl"] == expected[0]["crawl"], "other fields pass through"


def test_warc_files_on_spark_and_parquet(cli, tmp_path):
    archives = tmp_path / "archives"
    archives.mkdir()
    shutil.copy(ARCHIVE / "crawl.warc.gz", archives)
    spark_job(archives, tmp_path / "out", "--warc", "--parquet")
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "out").to_pylist()
    expected = cli(ARCHIVE / "crawl.warc.gz")
    assert [(r["id"], r["text"]) for r in table] == [(r["id"], r["text"]) for r in expected]
