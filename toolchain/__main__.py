"""`python -m toolchain check|run|test|parse FILE [--edition 2021|2024] [--json] ...`

Prints what rustc and the program (or libtest) would print, on the same streams,
and exits with the same code; `--json` prints the result object instead
(docs/toolchain-contract.md).
"""

from __future__ import annotations

import argparse
import json
import sys

from .api import EDITIONS, console, execute


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    program_args: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, program_args = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(prog="python -m toolchain",
                                 description="Ferrite's Rust toolchain: rustc's phases in Python.")
    ap.add_argument("command", choices=["check", "run", "test", "parse"])
    ap.add_argument("file")
    ap.add_argument("--edition", choices=EDITIONS, default="2024")
    ap.add_argument("--json", action="store_true", help="print one JSON result object")
    ap.add_argument("--test", action="store_true",
                    help="with check: check the program as `rustc --test` would")
    ap.add_argument("--fuel", type=int, default=None,
                    help="interpreter step budget for run/test (default 20,000,000)")
    ns = ap.parse_args(argv)
    if ns.fuel is not None and ns.fuel < 0:
        ap.error("--fuel must not be negative")
    try:
        with open(ns.file, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        print(f"error: couldn't read `{ns.file}`: {exc.strerror}", file=sys.stderr)
        return 1
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        print(f"error: couldn't read `{ns.file}`: stream did not contain valid UTF-8",
              file=sys.stderr)
        return 1
    # Standard input is read only if the program asks for it, so a program that
    # never reads it does not wait on a pipe that nobody closes.
    def read_stdin() -> str:
        return sys.stdin.read() if sys.stdin is not None else ""

    result = execute(text, filename=ns.file, mode=ns.command, edition=ns.edition,
                     check_test=ns.test, fuel=ns.fuel, stdin=read_stdin, args=program_args)
    out, err, code = console(result)
    if ns.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(out)
        sys.stderr.write(err)
    sys.stdout.flush()
    return code


if __name__ == "__main__":
    sys.exit(main())
