"""Cleans JSON Lines or web archives with dechrome on Spark, a partition at a time.

    spark-submit examples/spark_clean.py INPUT OUTPUT [--parquet] [--warc] [--no-site-chrome]
        [--html-field NAME] [--text-field NAME] [--id-field NAME] [--url-field NAME]
        [--partitions N]

INPUT is JSON Lines (a file, a directory or a glob, compressed or not), one document per line;
with --warc it is WARC or WET files, each cleaned whole by one task. OUTPUT gets JSON Lines
(Parquet with --parquet): a record per document with dechrome's fields and, from JSON Lines,
every other field of the line passed through.

Each partition is cleaned by one `Cleaner.clean_batch` call, in the partition's order, on the
executor's cores. Site chrome is learned within a partition: partition by host (or keep a
site's pages together) when it matters, or pass --no-site-chrome.
"""

import argparse
import json

from pyspark.sql import SparkSession


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--parquet", action="store_true", help="write Parquet instead of JSON Lines")
    parser.add_argument("--warc", action="store_true", help="INPUT is WARC or WET files, one per task")
    parser.add_argument("--no-site-chrome", action="store_true", help="do not learn site chrome")
    parser.add_argument("--partitions", type=int, help="repartition the input lines into N partitions")
    for field in ("html", "text", "id", "url"):
        parser.add_argument(f"--{field}-field", default=field, help=f"JSON Lines: the field holding the {field}")
    return parser.parse_args(argv)


def clean_lines(args):
    """What an executor runs on a partition of JSON Lines lines."""

    def clean(lines):
        import dechrome

        cleaner = dechrome.Cleaner(site_chrome=not args.no_site_chrome)
        records = cleaner.clean_batch(
            list(lines),
            input_format="jsonl",
            html_field=args.html_field,
            text_field=args.text_field,
            id_field=args.id_field,
            url_field=args.url_field,
        )
        return (json.dumps(r, ensure_ascii=False) for r in records)

    return clean


def clean_archives(args):
    """What an executor runs on a partition of web archive paths: local files directly, others
    (hdfs://, s3://) as streams through fsspec."""

    def clean(paths):
        import dechrome

        cleaner = dechrome.Cleaner(site_chrome=not args.no_site_chrome)
        for path in paths:
            if path.startswith("file:"):
                records = cleaner.clean_file(path[len("file:"):], input_format="warc")
                yield from (json.dumps(r, ensure_ascii=False) for r in records)
            else:
                import fsspec

                with fsspec.open(path, "rb") as stream:
                    records = cleaner.clean_stream(stream, name=path, input_format="warc")
                    yield from (json.dumps(r, ensure_ascii=False) for r in records)

    return clean


def list_files(spark, pattern):
    """The files a path, directory or glob names, on any file system Spark reads, sorted."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(pattern)
    fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    files = []
    for status in fs.globStatus(path) or []:
        if status.isDirectory():
            files += [s.getPath().toString() for s in fs.listStatus(status.getPath()) if s.isFile()]
        else:
            files.append(status.getPath().toString())
    return sorted(files)


def main(argv=None):
    args = parse_args(argv)
    spark = SparkSession.builder.appName("dechrome").getOrCreate()
    sc = spark.sparkContext
    if args.warc:
        paths = list_files(spark, args.input)
        records = sc.parallelize(paths, max(1, len(paths))).mapPartitions(clean_archives(args))
    else:
        # Blank lines are no documents, as for the command.
        lines = sc.textFile(args.input).filter(lambda line: line.strip())
        if args.partitions:
            lines = lines.repartition(args.partitions)
        records = lines.mapPartitions(clean_lines(args))
    if args.parquet:
        spark.read.json(records).write.mode("overwrite").parquet(args.output)
    else:
        records.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
