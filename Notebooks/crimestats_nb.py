"""Small helpers the CrimeStats notebooks share: find the `crimestats` binary, run it, load its JSON.

Every figure in the notebooks comes from `crimestats … --format json`; this module only runs the
binary and hands its output to pandas. It holds no statistics.

The binary is looked up in this order:
1. the CRIMESTATS environment variable (a path to the binary), if set;
2. `crimestats` on PATH (`make test` puts .build/debug first, `make notebooks` .build/release);
3. ../.build/release/crimestats or ../.build/debug/crimestats next to this folder (the newer one).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Iterable, Sequence

import pandas as pd

NOTEBOOKS = Path(__file__).resolve().parent
REPO = NOTEBOOKS.parent


class CrimestatsError(RuntimeError):
    """`crimestats` exited with a status the caller did not expect."""


def binary() -> str:
    """The path of the `crimestats` binary these notebooks drive."""
    explicit = os.environ.get("CRIMESTATS")
    if explicit:
        if not os.access(explicit, os.X_OK):
            raise CrimestatsError(f"CRIMESTATS={explicit!r} is not an executable file")
        return explicit
    on_path = shutil.which("crimestats")
    if on_path:
        return on_path
    built = [REPO / ".build" / c / "crimestats" for c in ("release", "debug")]
    built = [p for p in built if p.is_file() and os.access(p, os.X_OK)]
    if built:
        return str(max(built, key=lambda p: p.stat().st_mtime))
    raise CrimestatsError(
        "crimestats not found: run `swift build --product crimestats` in the repository "
        "(or `make build`) and put .build/debug or .build/release on PATH")


def shown_binary() -> str:
    """The binary's path for display: relative to the repository when it lies inside it."""
    path = Path(binary()).resolve()
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        pass
    parts = path.parts
    if ".build" in parts:  # a build tree elsewhere (a private copy of the repository): show it from .build on
        return str(Path(*parts[parts.index(".build"):]))
    return str(path)


def run(args: Sequence[str], *, ok: Iterable[int] = (0,), stdin: str | None = None,
        cwd: str | os.PathLike | None = None) -> subprocess.CompletedProcess:
    """Run `crimestats ARGS…`; raise CrimestatsError (with its standard error) unless the exit status is in `ok`."""
    cmd = [binary(), *map(str, args)]
    env = dict(os.environ, NO_COLOR="1")
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, encoding="utf-8",
                          cwd=cwd, env=env, timeout=60)
    if proc.returncode not in tuple(ok):
        raise CrimestatsError(
            f"`crimestats {' '.join(map(str, args))}` exited {proc.returncode}:\n{proc.stderr.strip()}")
    return proc


def text(args: Sequence[str], **kwargs: Any) -> str:
    """The standard output of `crimestats ARGS…` (text output: add --width and --color never yourself)."""
    return run(args, **kwargs).stdout


def data(args: Sequence[str], **kwargs: Any) -> Any:
    """The parsed JSON of `crimestats ARGS… --format json`."""
    args = list(map(str, args))
    if "--format" not in args:
        args += ["--format", "json"]
    return json.loads(run(args, **kwargs).stdout)


def frame(records: Any, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A DataFrame of a JSON array of objects (nested objects flattened as `outer.inner`)."""
    df = pd.json_normalize(records) if records else pd.DataFrame()
    if columns is not None:
        df = df.reindex(columns=list(columns))
    return df


def version() -> str:
    """`crimestats --version`."""
    return run(["--version"]).stdout.strip()


def banner() -> None:
    """Print which binary the notebook uses (so a reader can reproduce every figure)."""
    print(f"crimestats {version()} — {shown_binary()}")
