"""Fidelity figures for issue 4's acceptance: on the recorded programs that rustc rejects,
how often does the toolchain report the same set of error codes, and the exact same output?

    python bench/fidelity_report.py [--list]

Counts every rustc-recorded case in tests/ui/ (which the test suite requires to match) and
in tests/ui-pending/ (known differences), split into ill-typed cases (rustc failed to
compile) and well-typed ones (rustc compiled). For ill-typed cases it prints:
  - codes: the set of `error[EXXXX]` codes equals rustc's (an error without a code counts as
    the code `-`, so a syntax error must stay a syntax error);
  - exact: the whole compiler output equals rustc's byte for byte.
For well-typed cases it counts false errors (the toolchain rejects a program rustc accepts;
an honest "not supported yet" counts separately from a wrong error).
`--list` prints every mismatch.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "ui"))
sys.path.insert(0, str(ROOT))

from cases import parse_case  # noqa: E402
from normalize import normalize  # noqa: E402

from toolchain.api import execute  # noqa: E402

_CODE = re.compile(r"^error(?:\[(E\d{4})\])?: (?!aborting due to)", re.M)


def _codes(stderr: str) -> set[str]:
    return {m.group(1) or "-" for m in _CODE.finditer(stderr)}


def main() -> None:
    show = "--list" in sys.argv
    files = sorted((ROOT / "tests" / "ui").glob("*/*.rs")) + \
        sorted((ROOT / "tests" / "ui-pending").glob("*/*.rs"))
    ill = codes_ok = exact_ok = 0
    well = false_errors = unsupported = 0
    mismatches: list[str] = []
    for f in files:
        if not f.with_suffix(".verdict").exists():
            continue
        case = parse_case(f)
        verdict = json.loads(f.with_suffix(".verdict").read_text())
        expected = case.expected_text(".stderr")
        result = execute(case.source, filename=f.name, mode=case.mode, edition=case.edition,
                         args=tuple(case.args), stdin=case.stdin)
        actual = normalize("".join(d["rendered"] for d in result["diagnostics"]))
        where = f.relative_to(ROOT)
        if verdict["compiled"]:
            well += 1
            if not result["compiled"]:
                if "not supported by Ferrite" in actual or "Ferrite does not support" in actual:
                    unsupported += 1
                    mismatches.append(f"unsupported  {where}")
                else:
                    false_errors += 1
                    mismatches.append(f"FALSE ERROR  {where}")
            continue
        ill += 1
        same_codes = _codes(expected) == _codes(actual)
        codes_ok += same_codes
        exact_ok += actual == expected
        if not same_codes:
            mismatches.append(f"codes differ {where}: rustc {sorted(_codes(expected))}, "
                              f"toolchain {sorted(_codes(actual))}")
        elif actual != expected:
            mismatches.append(f"text differs {where}")
    print(f"ill-typed programs: {ill}")
    print(f"  same error codes: {codes_ok} ({100 * codes_ok / max(ill, 1):.1f}%)")
    print(f"  exact rendering:  {exact_ok} ({100 * exact_ok / max(ill, 1):.1f}%)")
    print(f"well-typed programs: {well}; false errors: {false_errors}; "
          f"refused as unsupported: {unsupported}")
    if show:
        print("\n".join(mismatches))


if __name__ == "__main__":
    main()
