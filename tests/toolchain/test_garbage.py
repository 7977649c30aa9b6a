"""No input makes the toolchain raise: garbage gets diagnostics, never a traceback."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings, strategies as st

from toolchain.api import console, execute

UI = Path(__file__).resolve().parents[1] / "ui"
CORPUS = sorted(p.read_text() for p in UI.rglob("*.rs"))

GARBAGE = [
    "", "\x00", "fn", "fn main(", "fn main() {", "}", "{{{{", "fn main() { let }",
    "fn main() { 1 +* 2; }", "fn main() { println!(\"{\"); }", "\"unterminated",
    "/* unterminated", "fn main() { 'ab'; }", "fn main() -> { }", "fn 1() {}",
    "fn main() { loop { break break; } }", "fn main() { return return; }",
    "fn main() { let x = (((((((((((1))))))))))); }", "fn main() {" + "(" * 5000 + "}",
    "fn main() {" + "{" * 3000 + "}" * 3000 + "}", "fn main() { let x = " + "1 + " * 5000 + "1; }",
    "\ufeff fn main() {}", "#!/bin/sh\nfn main() {}", "fn main() { x@y#z$ }",
]


def _check(src: str) -> None:
    for mode in ("parse", "check", "run", "test"):
        result = execute(src, mode=mode, fuel=20_000)
        out, err, code = console(result)
        assert "Traceback" not in err
        for d in result["diagnostics"]:
            assert "internal error" not in d["message"], (src, d["message"])
        assert code in (0, 1, 101, 124, 134)


def test_garbage_inputs():
    for src in GARBAGE:
        _check(src)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_mutated_corpus_programs(data):
    src = data.draw(st.sampled_from(CORPUS))
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    chars = list(src)
    for _ in range(rng.randint(1, 6)):
        op = rng.choice("dist")
        i = rng.randrange(len(chars) + 1)
        if op == "d" and chars:
            del chars[min(i, len(chars) - 1)]
        elif op == "i":
            chars.insert(i, rng.choice("{}()[];,.=+-*/!<>&|'\"#\\ \nfnletx0"))
        elif op == "s" and len(chars) > 1:
            j = rng.randrange(len(chars))
            k = min(i, len(chars) - 1)
            chars[j], chars[k] = chars[k], chars[j]
        else:
            chars = chars[:i]
    _check("".join(chars))
