#!/usr/bin/env python3
"""Execute the CrimeStats notebooks with nbclient; fail on any cell error.

    python Notebooks/run_notebooks.py            # execute in memory (what `make test` does): the tree stays clean
    python Notebooks/run_notebooks.py --write    # execute and write the outputs back into the .ipynb files
    python Notebooks/run_notebooks.py 02         # only the notebooks whose file name contains "02"

Run it with the Python of Notebooks/.venv (`make Notebooks/.venv/ok` creates it); `crimestats` must be on
PATH or built under .build/ (see crimestats_nb.py). Works from any directory: each notebook runs with
Notebooks/ as its working directory. Prints one line per notebook and closes with `N passed, N failed`;
the exit status is 1 when any notebook failed.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def kernel_environment() -> None:
    """Make the kernel spec `python3` resolve to this interpreter's ipykernel (the venv's), not a user's."""
    venv_share = Path(sys.prefix) / "share" / "jupyter"
    paths = [str(venv_share)] + [p for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if p]
    os.environ["JUPYTER_PATH"] = os.pathsep.join(dict.fromkeys(paths))
    # The kernel imports crimestats_nb from Notebooks/ even if a notebook is run from elsewhere.
    pythonpath = [str(HERE)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(pythonpath))
    # Non-interactive matplotlib; the notebooks use the inline backend (PNG outputs).
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")


def first_error(nb) -> str:
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return f"{out.get('ename')}: {out.get('evalue')}"
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="run only notebooks whose file name contains one of these")
    parser.add_argument("--write", action="store_true", help="write the executed outputs back into the notebooks")
    parser.add_argument("--timeout", type=int, default=120, help="time limit per cell in seconds (default 120)")
    args = parser.parse_args(argv)

    try:
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError, CellTimeoutError
    except ImportError as error:  # pragma: no cover - environment problem
        print(f"run_notebooks: {error}; install Notebooks/requirements.txt (make Notebooks/.venv/ok)", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1

    kernel_environment()
    notebooks = sorted(p for p in HERE.glob("[0-9][0-9]-*.ipynb"))
    if args.only:
        notebooks = [p for p in notebooks if any(key in p.name for key in args.only)]
    if not notebooks:
        print("run_notebooks: no notebooks found", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1

    passed = failed = 0
    started = time.monotonic()
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            timeout=args.timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(HERE)}},
            allow_errors=False,
            record_timing=False,
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
        )
        t0 = time.monotonic()
        try:
            client.execute()
        except (CellExecutionError, CellTimeoutError) as error:
            failed += 1
            print(f"FAILED  {path.name} ({time.monotonic() - t0:.1f} s)")
            print(re.sub(r"\x1b\[[0-9;]*m", "", str(error)), file=sys.stderr)
            continue
        except Exception:  # kernel died, could not start, …
            failed += 1
            print(f"FAILED  {path.name} ({time.monotonic() - t0:.1f} s)")
            traceback.print_exc()
            continue
        problem = first_error(nb)
        if problem:
            failed += 1
            print(f"FAILED  {path.name}: {problem}")
            continue
        passed += 1
        charts = sum(1 for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
        print(f"ok      {path.name} ({time.monotonic() - t0:.1f} s, {charts} chart{'s' if charts != 1 else ''})")
        if args.write:
            nb.metadata.pop("widgets", None)
            nbformat.write(nb, path)
    print(f"executed {len(notebooks)} notebook(s) in {time.monotonic() - started:.1f} s"
          + ("; outputs written back" if args.write else "; outputs not written (use --write)"))
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
