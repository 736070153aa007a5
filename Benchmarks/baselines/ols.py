"""Vectorised OLS slope, SE, t and two-sided p for every row of a series × year matrix with NaN gaps."""
import numpy as np
from scipy.special import stdtr


def ols_rows(years: np.ndarray, Y: np.ndarray):
    mask = ~np.isnan(Y)
    n = mask.sum(axis=1)
    X = np.where(mask, years[None, :], 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        xbar = X.sum(axis=1) / n
        ybar = np.where(mask, Y, 0.0).sum(axis=1) / n
        dx = np.where(mask, years[None, :] - xbar[:, None], 0.0)
        dy = np.where(mask, Y - ybar[:, None], 0.0)
        sxx = np.einsum("ij,ij->i", dx, dx)
        slope = np.einsum("ij,ij->i", dx, dy) / sxx
        resid = dy - slope[:, None] * dx
        sse = np.einsum("ij,ij->i", resid, resid)
        df = n - 2
        se = np.sqrt(sse / df / sxx)
        t = slope / se
        p = 2 * stdtr(np.maximum(df, 1), -np.abs(t))
    se[df < 1] = np.nan
    p[df < 1] = np.nan
    first = np.where(mask.any(axis=1), years[mask.argmax(axis=1)], np.nan)
    last = np.where(mask.any(axis=1), years[len(years) - 1 - mask[:, ::-1].argmax(axis=1)], np.nan)
    return n, first, last, slope, se, t, p
