"""The other readers of docs/bench/ingest.sh: count the rows of a long CSV and sum its values.

    python3 docs/bench/ingest_tools.py duckdb THREADS FILE
    python3 docs/bench/ingest_tools.py polars THREADS FILE

The value column holds suppressed values (c), blanks and quoted thousands ("1,234"), so
both tools read it as text: the sum takes the thousands separator out and casts, a value
that is not a number counting as nothing (as Assure counts c and blanks apart from values).
Benchmark tools only (pip install duckdb polars): never a dependency of Assure.
"""
import os
import sys

tool, threads, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if tool == "duckdb":
    import duckdb

    connection = duckdb.connect()
    connection.execute(f"SET threads = {threads}")
    rows, total = connection.execute(
        "SELECT count(*), sum(TRY_CAST(replace(value, ',', '') AS DOUBLE)) FROM read_csv(?)", [path]
    ).fetchone()
elif tool == "polars":
    # polars sizes its thread pool when it is imported.
    os.environ["POLARS_MAX_THREADS"] = str(threads)
    import polars as pl

    value = pl.col("value").cast(pl.String).str.replace_all(",", "").cast(pl.Float64, strict=False)
    frame = pl.scan_csv(path, infer_schema=False).select(pl.len(), value.sum()).collect()
    rows, total = frame.row(0)
else:
    sys.exit(f"unknown tool {tool}: duckdb or polars")
print(f"{tool} rows={rows} sum={total:.1f}")
