"""Toolchain benchmarks: checking a 200-line program, and the interpreter's speed.

Prints figures (median, min, max over repeated runs); asserts nothing.
Run: .venv/bin/python bench/bench_toolchain.py [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolchain.api import execute  # noqa: E402


def program_of_lines(n_lines: int) -> str:
    """A well-typed program of about `n_lines` lines in the supported subset."""
    parts = []
    i = 0
    lines = 0
    while lines < n_lines - 8:
        parts.append(f"""fn step_{i}(a: i64, b: i64) -> i64 {{
    let mut total: i64 = a;
    let mut k = 0;
    while k < b {{
        if k % 3 == 0 {{
            total += k * 2;
        }} else {{
            total -= 1;
        }}
        k += 1;
    }}
    total
}}
""")
        i += 1
        lines += 13
    calls = "\n".join(f"    sum += step_{j}(sum % 100, 10);" for j in range(i))
    parts.append(f"fn main() {{\n    let mut sum: i64 = 0;\n{calls}\n    println!(\"{{}}\", sum);\n}}\n")
    return "".join(parts)


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def report(name: str, times: list[float], extra: str = "") -> None:
    print(f"{name:<42} median {statistics.median(times):8.1f} ms   mean {statistics.mean(times):8.1f}   "
          f"min {min(times):8.1f}   max {max(times):8.1f}   (n={len(times)}) {extra}")


class GcClock:
    """Time spent in the cyclic collector's passes, per generation (`gc.callbacks`):
    a full (gen-2) pass traverses every live object, std's included."""

    def __init__(self) -> None:
        self.spent = [0.0, 0.0, 0.0]
        self.passes = [0, 0, 0]
        self._start = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.spent[info["generation"]] += (time.perf_counter() - self._start) * 1000
            self.passes[info["generation"]] += 1

    def summary(self, runs: int) -> str:
        return ", ".join(f"gen{g}: {self.passes[g]} passes, {self.spent[g] / runs:.1f} ms/run"
                         for g in range(3))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=15)
    ns = ap.parse_args()

    src = program_of_lines(200)
    n = src.count("\n")
    r = execute(src, mode="check")
    assert r["compiled"], r["diagnostics"][:1]
    execute(src, mode="check")  # warm imports
    clock = GcClock()
    report(f"check a {n}-line program", timed(lambda: execute(src, mode="check"), ns.repeat))
    print(f"  collector during the checks: {clock.summary(ns.repeat)}; "
          f"{len(gc.get_objects())} tracked objects, {gc.get_freeze_count()} frozen")
    gc.callbacks.clear()

    loop = """fn main() {
    let mut i: u64 = 0;
    let mut acc: u64 = 0;
    while i < 200000 {
        acc = acc + i % 7;
        i += 1;
    }
    println!("{}", acc);
}
"""
    res = execute(loop, mode="run")
    steps = res["fuel"]["used"]
    times = timed(lambda: execute(loop, mode="run"), max(3, ns.repeat // 3))
    rate = steps / (statistics.median(times) / 1000)
    report("run a 200,000-iteration loop", times, f"{steps} steps, {rate / 1e6:.2f} M steps/s")


if __name__ == "__main__":
    main()
