"""Robustness: token-level mutations of the corpus programs (deletions, insertions,
duplications, swaps, truncations) never make the parser raise; it always returns a
Crate and a list of diagnostics, and a mutated program that still parses cleanly
round-trips through the printer like any other."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from toolchain.source import SourceFile
from toolchain.syntax import ast, parse_crate
from toolchain.syntax.lexer import tokenize
from toolchain.syntax.printer import crate_to_string

from .astcmp import ast_diff

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted(p.read_text(encoding="utf-8") for p in ROOT.rglob("*.rs") if ".venv" not in p.parts)

# Tokens learners (and mutations) put in odd places.
VOCAB = ["fn", "let", "mut", "if", "else", "match", "while", "for", "in", "loop", "struct", "impl",
         "enum", "return", "break", "=>", "->", "::", ":", ";", ",", ".", "..", "..=", "=", "==",
         "&&", "||", "|", "&", "*", "!", "?", "+", "++", "-", "<", ">", ">>", "(", ")", "[", "]",
         "{", "}", "#", "#[", "'a", "'a:", "x", "Vec", "1", "1.5", "\"s\"", "'c'", "r#\"r\"#",
         "b'x'", "async", "await", "dyn", "impl", "where", "as", "_", "@", "$", "///doc\n", "/*", "*/",
         "\"", "'", "\\"]


def _token_bounds(text: str) -> list[tuple[int, int]]:
    """Character offsets of the tokens of `text` (ASCII corpus: bytes == chars)."""
    toks, _, _ = tokenize(SourceFile("c.rs", text))
    return [(t.span.lo, t.span.hi) for t in toks if t.kind != "eof"]


def _mutate(text: str, data) -> str:
    if not text.isascii():
        return text
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        bounds = _token_bounds(text)
        if not bounds:
            return text
        i = data.draw(st.integers(0, len(bounds) - 1), label="token")
        lo, hi = bounds[i]
        op = data.draw(st.sampled_from(["delete", "insert", "duplicate", "swap", "truncate"]),
                       label="op")
        if op == "delete":
            text = text[:lo] + text[hi:]
        elif op == "insert":
            tok = data.draw(st.sampled_from(VOCAB), label="inserted")
            text = text[:lo] + tok + " " + text[lo:]
        elif op == "duplicate":
            text = text[:hi] + " " + text[lo:hi] + text[hi:]
        elif op == "swap" and i + 1 < len(bounds):
            lo2, hi2 = bounds[i + 1]
            text = text[:lo] + text[lo2:hi2] + text[hi:lo2] + text[lo:hi] + text[hi2:]
        elif op == "truncate":
            text = text[:lo]
    return text


def _check(text: str) -> None:
    crate, diags = parse_crate(SourceFile("m.rs", text), "2024")
    assert isinstance(crate, ast.Crate)
    assert isinstance(diags, list)
    bad = [d.message for d in diags if d.level == "internal-error" or "internal" in d.message]
    assert not bad, (bad, text)
    if not any(d.is_error for d in diags):
        printed = crate_to_string(crate)
        crate2, diags2 = parse_crate(SourceFile("p.rs", printed), "2024")
        assert not [d.message for d in diags2 if d.is_error], (text, printed)
        assert ast_diff(crate, crate2) is None, (text, printed)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.data_too_large])
@given(st.sampled_from(CORPUS), st.data())
def test_token_mutations_never_raise(program, data):
    _check(_mutate(program, data))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(CORPUS), st.integers(0, 10_000))
def test_truncations_never_raise(program, cut):
    _check(program[:cut % (len(program) + 1)])
