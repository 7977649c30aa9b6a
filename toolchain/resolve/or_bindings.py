"""Which resolution errors let analysis go on. rustc type-checks, borrow-checks and
lints every body after resolving names, even when that failed; Ferrite stops after
resolution errors, except after an E0408 (a variable not bound in all alternatives of an
or-pattern) whose variables are never used: the bindings the alternatives do share are
well defined, so the later phases give rustc's answers (its `unused variable` warning
for the stray binding). A used one would need rustc's E0381 ("possibly-uninitialized")
from the borrow checker, and so would a stray binding inside a loop (rustc's MIR
assigns it again on each iteration: E0384 "cannot assign twice"): Ferrite stops there
instead.

An E0530 (a binding named after a static, a tuple struct, ...: binding_shadows.py)
lets analysis go on too: rustc binds the name afresh and goes on, and so does the
resolver, so the later phases see a well-formed binding (rustc's "unused variable",
"unreachable pattern" warnings follow)."""

from __future__ import annotations


def analysis_goes_on(diags, res) -> bool:
    from .foreign import HARMLESS     # (AST validation of `extern` blocks)
    hard = [d for d in diags if d.is_error and d.lint is None and d.message not in HARMLESS]
    if not hard:
        return True
    if all(d.code == "E0530" for d in hard):
        return True
    if not hard or any(d.code != "E0408" for d in hard) or res.or_errors_in_loop:
        return False
    # The bindings an E0408 names: its "variable not in all patterns" labels.
    stray = {s.span for d in hard for s in d.spans if not s.primary}
    ids = {pid for pid, info in res.locals.items() if info.span in stray}
    return len(ids) == len(stray) and not any(
        r.kind == "local" and r.target in ids for r in res.values.values())
