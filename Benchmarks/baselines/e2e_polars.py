"""Workload 2 baseline (polars + numpy): the same work as e2e_pandas.py with polars doing the I/O,
filter and pivot (multi-threaded, as polars is by default).

Usage: python e2e_polars.py DATA.csv OUT.csv
"""
import sys

import numpy as np
import polars as pl

from ols import ols_rows


def main(path, out):
    df = pl.read_csv(path, columns=["published", "unit_type", "unit", "period_start", "period_end", "metric",
                                    "value", "qualifier"],
                     schema_overrides={"published": pl.Utf8, "value": pl.Float64, "period_start": pl.Utf8,
                                       "period_end": pl.Utf8})
    df = (df.filter(pl.col("period_start").str.ends_with("-01") & pl.col("period_end").str.ends_with("-12")
                    & (pl.col("period_start").str.slice(0, 4) == pl.col("period_end").str.slice(0, 4))
                    & (pl.col("qualifier") == "exact"))
          .with_columns(pl.col("period_start").str.slice(0, 4).cast(pl.Int32).alias("year"),
                        pl.col("published").fill_null(""))
          .sort("published", maintain_order=True))
    wide = (df.pivot(on="year", index=["unit_type", "unit", "metric"], values="value", aggregate_function="last",
                     sort_columns=True)
              .sort(["unit_type", "unit", "metric"]))
    year_cols = [c for c in wide.columns if c not in ("unit_type", "unit", "metric")]
    years = np.array([float(c) for c in year_cols])
    Y = wide.select(year_cols).to_numpy().astype(np.float64)
    n, first, last, slope, se, t, p = ols_rows(years, Y)
    result = wide.select(["unit_type", "unit", "metric"]).with_columns(
        pl.Series("n", n), pl.Series("first_year", first.astype(np.int64)),
        pl.Series("last_year", last.astype(np.int64)), pl.Series("ols_slope", slope), pl.Series("ols_se", se),
        pl.Series("ols_t", t), pl.Series("ols_p", p))
    result.write_csv(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
