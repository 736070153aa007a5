#!/usr/bin/env python3
"""Refresh the output excerpts in README.md from real runs of the built binary.

Every ```console block whose first line is `$ crimestats …` is re-run (COLUMNS=92, no colour, from the
repository root, with the newer of .build/release and .build/debug) and its output replaced. A
`<!-- lines: N -->` comment right before a block keeps only the first N lines and ends the excerpt with
a line `…`. Tests/CrimestatsEndToEndTests/ReadmeEndToEndTests.swift checks the excerpts stay true.
"""
import os, re, shlex, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
candidates = [p for p in (os.path.join(root, ".build/release/crimestats"), os.path.join(root, ".build/debug/crimestats"))
              if os.path.exists(p)]
binary = max(candidates, key=os.path.getmtime) if candidates else None  # the newest build
if binary is None:
    sys.exit("build crimestats first (make build)")
text = open(os.path.join(root, "README.md"), encoding="utf-8").read()
pattern = re.compile(r"(?:<!-- lines: (\d+) -->\n)?```console\n\$ (crimestats[^\n]*)\n(.*?)```", re.S)

def run(match):
    limit, command = match.group(1), match.group(2)
    args = shlex.split(command)
    shell = "|" in command
    env = dict(os.environ, COLUMNS="92", NO_COLOR="1", LANG="C.UTF-8")
    env.pop("FORCE_COLOR", None)
    if shell:
        full = command.replace("crimestats", shlex.quote(binary))
        out = subprocess.run(full, shell=True, cwd=root, env=env, capture_output=True, text=True).stdout
    else:
        out = subprocess.run([binary] + args[1:], cwd=root, env=env, capture_output=True, text=True).stdout
    lines = out.rstrip("\n").split("\n")
    if limit and len(lines) > int(limit):
        lines = lines[: int(limit)] + ["…"]
    head = f"<!-- lines: {limit} -->\n" if limit else ""
    return head + "```console\n$ " + command + "\n" + "\n".join(lines) + "\n```"

new = pattern.sub(run, text)
open(os.path.join(root, "README.md"), "w", encoding="utf-8").write(new)
print("README.md excerpts refreshed")
