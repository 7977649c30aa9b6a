"""Parse speed: a generated 2,000-line program, lexed and parsed N times.

    python bench/bench_parse.py [N]              (default N = 20)
    python bench/bench_parse.py --profile [N]    (cProfile of N parses, top functions)

Prints the median, min and max wall time of `parse_crate` in ms (and the quartiles: the
machine may be shared, compare medians and minimums over many runs), lines per second,
and the lexer's share. Target: <= 50 ms in CPython. A benchmark, not a test.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolchain.source import SourceFile  # noqa: E402
from toolchain.syntax import parse_crate  # noqa: E402
from toolchain.syntax.lexer import tokenize  # noqa: E402

TEMPLATES = [
    # the subset: functions, arithmetic, control flow, printing
    '''fn compute_{i}(n: i32, flag: bool) -> i32 {{
    let mut total = 0;
    let mut k = n;
    while k > 0 {{
        if k % 3 == 0 && flag {{
            total += k * 2;
        }} else if k % 5 == 1 {{
            total -= 1;
        }} else {{
            total = total + (k << 1) - k / 2;
        }}
        k -= 1;
    }}
    for j in 0..n {{
        total += j;
    }}
    println!("{{}} {{}}", total, n);
    total
}}
''',
    # the wider grammar: structs, enums, traits, generics, closures, match, patterns
    '''#[derive(Debug, Clone, PartialEq)]
pub struct Point{i}<T: Copy + Default> {{
    pub x: T,
    y: Option<Vec<T>>,
}}

enum Shape{i} {{
    Circle {{ r: f64 }},
    Rect(f64, f64),
    Empty,
}}

impl<T: Copy + Default> Point{i}<T> where T: PartialOrd {{
    fn new(x: T) -> Self {{
        Self {{ x, y: None }}
    }}

    fn area(&self, s: &Shape{i}) -> f64 {{
        match s {{
            Shape{i}::Circle {{ r }} if *r > 0.0 => 3.14 * r * r,
            Shape{i}::Rect(w, h) => w * h,
            _ => 0.0,
        }}
    }}
}}

fn apply_{i}<F: Fn(&[u8]) -> usize>(f: F, data: &[u8]) -> Result<usize, String> {{
    let v: Vec<u32> = data.iter().map(|b| *b as u32 + 1).filter(|&x| x > 2).collect();
    let [first, .., last] = [1, 2, 3, 4];
    let s = &v[1..v.len() - 1];
    if let Some(m) = s.iter().max() {{
        return Ok(f(data) + *m as usize + first + last);
    }}
    Err(String::from("empty"))
}}
''',
]


def generate(lines: int = 2000) -> str:
    out: list[str] = []
    count = 0
    i = 0
    while count < lines:
        chunk = TEMPLATES[i % len(TEMPLATES)].format(i=i)
        out.append(chunk)
        count += chunk.count("\n") + 1
        out.append("\n")
        i += 1
    out.append("fn main() {}\n")
    return "".join(out)


def profile(n: int) -> None:
    import cProfile
    import pstats
    text = generate()
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(n):
        parse_crate(SourceFile("bench.rs", text))
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(30)


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--profile":
        profile(int(args[1]) if len(args) > 1 else 10)
        return
    n = int(args[0]) if args else 20
    text = generate()
    nlines = text.count("\n")
    src = SourceFile("bench.rs", text)
    crate, diags = parse_crate(src)
    assert not diags, [d.message for d in diags][:3]
    times, lex = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        parse_crate(SourceFile("bench.rs", text))
        times.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        tokenize(SourceFile("bench.rs", text))
        lex.append((time.perf_counter() - t0) * 1000)
    med = statistics.median(times)
    print(f"parse_crate, {nlines} lines, {len(crate.items)} items, N={n}")
    print(f"  median {med:.1f} ms   min {min(times):.1f} ms   max {max(times):.1f} ms")
    if n >= 4:
        q1, _, q3 = statistics.quantiles(times, n=4)
        print(f"  quartiles {q1:.1f} / {q3:.1f} ms")
    print(f"  {nlines / (med / 1000):,.0f} lines/s")
    print(f"  of which lexing (SourceFile + tokenize): median {statistics.median(lex):.1f} ms")


if __name__ == "__main__":
    main()
