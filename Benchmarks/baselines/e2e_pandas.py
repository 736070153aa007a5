"""Workload 2 baseline (pandas + numpy): read the tidy CSV, keep exact full-year figures, pivot to
(unit, metric) × year (later-published figure wins), OLS slope + SE + t + p per series, write CSV.

Usage: python e2e_pandas.py DATA.csv OUT.csv
"""
import sys

import numpy as np
import pandas as pd

from ols import ols_rows


def main(path, out):
    df = pd.read_csv(path, usecols=["published", "unit_type", "unit", "period_start", "period_end", "metric",
                                    "value", "qualifier"],
                     dtype={"published": "string", "unit_type": "category", "unit": "string",
                            "period_start": "string", "period_end": "string", "metric": "category",
                            "value": "float64", "qualifier": "category"},
                     keep_default_na=False)
    ps, pe = df["period_start"], df["period_end"]
    year = ps.str.slice(0, 4)
    keep = (ps.str.endswith("-01") & pe.str.endswith("-12") & (year == pe.str.slice(0, 4))
            & (df["qualifier"] == "exact"))
    df = df.loc[keep, ["published", "unit_type", "unit", "metric", "value"]]
    df["year"] = year[keep].astype("int32")
    df = df.sort_values("published", kind="stable")
    key = ["unit_type", "unit", "metric", "year"]
    wide = (df.drop_duplicates(key, keep="last").set_index(key)["value"].unstack("year").sort_index())
    years = wide.columns.to_numpy(dtype=np.float64)
    n, first, last, slope, se, t, p = ols_rows(years, wide.to_numpy(dtype=np.float64))
    result = wide.index.to_frame(index=False)
    result["n"] = n
    result["first_year"] = first.astype("int64")
    result["last_year"] = last.astype("int64")
    result["ols_slope"], result["ols_se"], result["ols_t"], result["ols_p"] = slope, se, t, p
    result.to_csv(out, index=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
