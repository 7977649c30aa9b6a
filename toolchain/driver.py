"""The driver: runs the phases in order and stops after the first phase that
reports an error, as rustc does. Each phase is called through `_phase`, which turns
a Python exception escaping it (a toolchain bug) into an internal-error
diagnostic instead of a traceback.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Callable, TypeVar

from .diagnostics.model import Diagnostic
from .source import SourceFile, Span
from .std import is_std_span
from .unsupported import internal_error

T = TypeVar("T")


class _Abort(Exception):
    """A phase reported errors: compilation stops here."""


@dataclass
class Session:
    source: SourceFile
    edition: str = "2024"
    cfg_test: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)
    lint_cx: object = None      # lints.LintContext: levels from attributes, notes shown once
    codegen: bool = False       # run/test build code (rustc's codegen-time lints apply)
    res: object = None          # resolve.Resolutions, once name resolution has run

    def close(self) -> None:
        """The session's program has been checked and run: break the back-references its
        lazy std needs (`res.resolver`, which points back at `res`) and its module tree
        holds, so that all of the check's objects are freed at once instead of by the
        cyclic collector (tests/toolchain/test_check_leaves_no_cycles.py)."""
        if self.res is not None:
            self.res.resolver = None
            if self.res.modules is not None:
                self.res.modules.release()

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)

    @property
    def has_hard_errors(self) -> bool:
        """Errors other than denied lints: those stop compilation at the next phase
        boundary, while a denied lint only fails the build at the end of analysis."""
        return any(d.is_error and d.lint is None for d in self.diagnostics)

    @property
    def crate_name(self) -> str:
        return PurePath(self.source.name).stem.replace("-", "_")


@dataclass
class Compiled:
    program: object            # mir.ir.Program
    tests: list                # expand's TestDescs (empty unless cfg_test)


def _phase(sess: Session, name: str, fn: Callable[[], tuple[T, list[Diagnostic]]]) -> T:
    try:
        result, diags = fn()
    except RecursionError:
        sess.diagnostics.append(_too_deep())
        raise _Abort()
    except Exception as exc:  # noqa: BLE001 - a toolchain bug must not escape as a traceback
        sess.diagnostics.append(internal_error(name, exc))
        raise _Abort()
    sess.diagnostics.extend(diags)
    if sess.has_hard_errors:
        raise _Abort()
    return result


def _too_deep() -> Diagnostic:
    d = Diagnostic("error", "the program is nested too deeply for Ferrite's toolchain")
    d.toolchain_note = True
    d.note("split deeply nested expressions or blocks into smaller pieces")
    return d


def compile_session(sess: Session) -> Compiled | None:
    """Run every compile phase; None when compilation failed (see sess.diagnostics)."""
    from . import expand, resolve, syntax, typeck

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 8000))
    crate = None
    try:
        crate = _phase(sess, "parse", lambda: syntax.parse_crate(sess.source, sess.edition))
        ids = crate.id_gen
        crate, tests = _phase(sess, "expand", lambda: _expand(crate, sess, ids))
        from .lints import LintContext
        sess.lint_cx = _continue(sess, "lint levels", lambda: (LintContext.from_crate(crate), []))
        # rustc's early lint pass runs after name resolution, even when it failed.
        std = _phase(sess, "std", lambda: (_load_std(), []))
        crate.source_text = sess.source.data   # (the std files it can reach: resolve/prelude.py)
        res = _continue(sess, "resolve", lambda: resolve.resolve_crate(crate, std))
        res.source = sess.source
        sess.res = res
        _continue(sess, "early lints", lambda: (None, _early_lints(sess, crate, res)))
        if sess.has_hard_errors and not _analysis_goes_on(sess, res):
            raise _Abort()
        # From type checking on, rustc keeps going after errors: each later analysis
        # runs on the bodies that are still free of errors, and compilation stops
        # only before the crate-wide lints.
        tcx = _continue(sess, "typeck", lambda: _typeck(sess, crate, res))
        if not sess.cfg_test:
            _continue(sess, "entry", lambda: (None, _check_main(sess, crate, res)))
        _continue(sess, "const eval", lambda: (None, _eval_consts(sess, res, tcx)))
        program = _continue(sess, "bodies", lambda: _analyse_bodies(sess, res, tcx))
        if sess.has_hard_errors:
            raise _Abort()
        roots = ["main"] + [t.path[-1] for t in tests]
        _phase(sess, "lints", lambda: (None, _dead_code(sess, res, tcx, program, roots)))
        # rustc's late lint pass (non_snake_case, unused_comparisons) comes after dead code.
        _phase(sess, "late lints", lambda: (None, _late_lints(sess, crate, res, tcx)))
        _phase(sess, "expectations", lambda: (None, _expectations(sess)))
        if sess.has_errors:         # rustc's end of analysis: denied lints fail the build here
            raise _Abort()
        if sess.codegen:
            _phase(sess, "known panics", lambda: (None, _known_panics(sess, program)))
            if sess.has_errors:
                raise _Abort()
        return Compiled(program, tests)
    except _Abort:
        return None
    finally:
        sys.setrecursionlimit(old_limit)
        _std_guard(sess)
        _macro_backtraces(sess)
        _shared_names(sess, crate)


def _analysis_goes_on(sess: Session, res) -> bool:
    """rustc type-checks and lints bodies after most resolution errors; Ferrite does so
    only after those its later phases can take (resolve/or_bindings.py)."""
    from .resolve.or_bindings import analysis_goes_on
    return analysis_goes_on(sess.diagnostics, res)


def _std_guard(sess: Session) -> None:
    """A diagnostic pointing into Ferrite's std (toolchain/std) is a bug in Ferrite: its
    std is not rustc's, so the place would be meaningless to the learner. Such a
    diagnostic becomes an internal error; labels into std are dropped."""
    for i, d in enumerate(sess.diagnostics):
        if d.spans and is_std_span(d.spans[0].span):
            err = internal_error("std", RuntimeError(f"a diagnostic inside Ferrite's std: {d.message}"))
            if not d.is_error:
                err.level = "warning"
            sess.diagnostics[i] = err
        elif d.is_error and d.spans and any(s.span is None for c in d.children for s in c.spans):
            # (a note at a place in rustc's std that std_locations.py does not know yet)
            from .unsupported import unsupported
            sess.diagnostics[i] = unsupported(d.spans[0].span, f"this error (\"{d.message}\") "
                                              "with its note into rustc's std")
        else:
            d.spans = [s for s in d.spans if not is_std_span(s.span)]
            for c in d.children:
                c.spans = [s for s in c.spans if not is_std_span(s.span)]


def _shared_names(sess: Session, crate) -> None:
    """A learner's trait named like a std trait reads as written (resolve/std_named_traits.py);
    a learner's type named like std's gets rustc's "similar names" notes."""
    if sess.res is not None and sess.res.adts:
        from .typeck.similar_names import note
        note(sess.diagnostics, sess.res.adts)
    renamed = getattr(crate, "renamed_traits", None)
    if renamed:
        from .resolve.std_named_traits import similar_trait_notes, unmark
        unmark(sess.diagnostics, renamed)
        similar_trait_notes(sess.diagnostics, renamed, sess.res)


def _load_std():
    from . import std
    return std.load()


def _macro_backtraces(sess: Session) -> None:
    """rustc's emitter notes the macro a diagnostic's span was expanded from."""
    from .expand.macro_spans import annotate
    for d in sess.diagnostics:
        annotate(d)


def parse_only(sess: Session) -> bool:
    from . import syntax
    try:
        _phase(sess, "parse", lambda: syntax.parse_crate(sess.source, sess.edition))
        return True
    except _Abort:
        return False


def _continue(sess: Session, name: str, fn):
    """Run a phase that does not stop compilation on errors (internal errors still do)."""
    try:
        result, diags = fn()
    except RecursionError:
        sess.diagnostics.append(_too_deep())
        raise _Abort()
    except Exception as exc:  # noqa: BLE001
        sess.diagnostics.append(internal_error(name, exc))
        raise _Abort()
    sess.diagnostics.extend(diags)
    return result


def _eval_consts(sess: Session, res, tcx) -> list[Diagnostic]:
    """rustc evaluates every `const`/`static` item during analysis (E0080 on failure);
    a run or test build then notes each use of a failed one."""
    if not res.consts:
        return []
    from .interp.const_eval import erroneous_uses, eval_consts
    clean = not sess.has_errors
    diags, failed = eval_consts(res, tcx, sess.source)
    if failed and clean and sess.codegen:
        diags += erroneous_uses(res, failed, res.fns.values())
    return diags


def _analyse_bodies(sess: Session, res, tcx):
    """rustc's per-body pipeline after type checking: for each function free of type
    errors, in order: match checking, MIR building, borrow checking (with unused_mut),
    liveness lints. A body with an E0004/E0005 goes no further."""
    from . import borrowck, lints, mir, patterns
    out = lints.LintEmitter(sess.lint_cx)
    checker = patterns.PatternChecker(sess.source, res, tcx, out)
    ctx = _ItemFacts(res, tcx)
    bodies = {}
    from .mir import check_unsafety
    unsafety = check_unsafety.needed(sess.source.data)
    for name, item in res.fns.items():
        if name in tcx.bodies_with_errors:
            continue
        if is_std_span(item.span):
            continue    # built on demand below (std's matches need no checking)
        if item.kind.body is None:     # a function of an `extern` block: refused when run
            from .mir.build_intrinsic import foreign
            bodies[name] = foreign(name, item, tcx.sigs[name])
            continue
        if patterns.check_body(checker, name, item):
            continue
        if unsafety:     # E0133, unused_unsafe (mir/check_unsafety.py)
            check_unsafety.check_body(item, res, tcx, out)
        body = mir.build_body(name, item, res, tcx)
        bodies[name] = body
        errors = borrowck.check_moves(body, ctx) + borrowck.check_mutability(item, res, tcx) \
            + borrowck.check_refs(body, ctx)
        errors += borrowck.check_loans(body, ctx)
        errors += borrowck.check_closure_escapes(body)   # E0373 (borrowck/closure_escape.py)
        for cb in body.closure_bodies:    # closures' own bodies (mir/build_closures.py)
            bodies[cb.name] = cb
            errors += borrowck.check_moves(cb, ctx) + borrowck.check_refs(cb, ctx) \
                + borrowck.check_loans(cb, ctx)
        errors.sort(key=lambda d: d.spans[0].span.lo if d.spans else 0)
        lints.unused_in_body(body, out, errors)
        for cb in body.closure_bodies:
            lints.unused_in_body(cb, out, [])
    _std_bodies(bodies, res, tcx)
    from .mir.reveal_opaque import reveal_bodies
    reveal_bodies(bodies, tcx.opaque_hidden)      # `-> impl Trait`'s hidden types
    program = mir.ir.Program(bodies, tcx.adts)
    from .typeck.projection import instance_normalizer
    program.normalize = instance_normalizer(tcx)    # `<T as Iterator>::Item` in instances
    program.track_caller = {n for n, item in res.fns.items()     # (most have no attributes)
                             if item.attrs and any(a.name == "track_caller" for a in item.attrs)}
    program.track_caller |= mir.build_overload.track_caller_impls(tcx)   # (`Index::index`)
    mir.build_traits.link(program, tcx)   # trait impls: default methods, `fmt` impls
    from .mir.build_self_consts import bodies as self_const_bodies
    self_const_bodies(program, res, tcx)   # (`Self::CONST` in default methods)
    program.drop_adts = mir.build_drops.drop_adts(tcx)
    return program, out.diags


def _std_bodies(bodies: dict, res, tcx) -> None:
    """The bodies of std's functions the program can call, type-checked and lowered on
    demand (rustc's queries do the same for a crate's items): the learner's program
    pays only for the part of std it uses. std's bodies are correct by construction:
    no borrow checking, no lints."""
    from .mir import ir
    todo = list(bodies.values())
    _std_fmt_impls(bodies, todo, res, tcx)
    from .mir import std_ord_impls
    std_ord_impls.lower(bodies, todo, res, tcx)     # (`Reverse`'s `cmp`)
    while todo:
        body = todo.pop()
        _std_fn_refs(bodies, body, todo, res, tcx)
        for block in body.blocks:
            call = block.terminator
            if not isinstance(call, ir.Call) or call.func in bodies:
                continue
            funcs = [call.func]
            if call.func not in res.fns and call.func.startswith("<"):   # std trait methods
                from .mir.build_traits import std_callees
                funcs = std_callees(call.func, res, tcx)
            for func in funcs:
                _std_fn_body(bodies, func, todo, res, tcx)


def _std_fn_refs(bodies: dict, body, todo: list, res, tcx) -> None:
    """std's functions a body uses as values (`.map(i32::abs)`, `.map(String::from)`):
    lowered like the ones it calls."""
    for func in getattr(body, "fn_refs", ()):
        if func.startswith("ctor:") and func not in bodies:    # `.map(Some)`
            from .mir import build_ctor_fns
            got = build_ctor_fns.body(func, tcx.adts)
            if got is not None:
                bodies[func] = got
            continue
        _std_fn_body(bodies, func, todo, res, tcx)


def _std_fn_body(bodies: dict, func: str, todo: list, res, tcx) -> None:
    """Lower std function `func` (resolved, type-checked and built on demand; an intrinsic
    gets its shim's body), once; its body and closures join `todo` to be scanned in turn."""
    from . import mir, typeck
    item = res.fns.get(func)
    if item is None or func in bodies or not is_std_span(item.span):
        return
    if item.kind.body is None:
        from .mir import build_intrinsic
        bodies[func] = build_intrinsic.build(func, item, tcx.sigs[func])
        return
    res.resolver.std_body(item)
    typeck.check_std_body(res, tcx, func)
    new = bodies[func] = mir.build_body(func, item, res, tcx)
    todo.append(new)
    for cb in new.closure_bodies:
        bodies[cb.name] = cb
        todo.append(cb)


def _std_fmt_impls(bodies: dict, todo: list, res, tcx) -> None:
    """std's own `Display` impls (`ParseIntError`'s) are called by the machine's
    formatting, which no MIR call names: lowered once the program can have such a
    value (it parses text: `FromStr`'s impls were entered)."""
    cx = tcx.traits
    if cx is None or not (any("FromStr" in per for per in cx.impls.values())
                          or getattr(res, "dyn_error", False)
                          or cx.generic.get("TryFrom")    # (a `TryFromIntError`)
                          or "std::thread::spawn" in res.fns   # (a join's `Err` payload, a lock's)
                          or "std::sync::Mutex::lock" in res.fns
                          or any(f in res.fns for f in _UTF8_FNS)   # (a `FromUtf8Error`)
                          or any(f in res.fns for f in _CASE_FNS)   # (`'ß'.to_uppercase()`)
                          or _user_fmt_write(cx)):    # (its `Err(fmt::Error)`)
        return
    from . import mir, typeck
    for key in cx.fmt_impls.values():
        item = res.fns.get(key)
        if item is None or key in bodies or not is_std_span(item.span):
            continue
        res.resolver.std_body(item)
        typeck.check_std_body(res, tcx, key)
        bodies[key] = mir.build_body(key, item, res, tcx)
        todo.append(bodies[key])


_UTF8_FNS = ("String::from_utf8", "std::str::from_utf8")   # std/string_utf8.rs, str_utf8.rs
_CASE_FNS = ("char::to_uppercase", "char::to_lowercase")     # std/char.rs


def _user_fmt_write(cx) -> bool:
    """The learner implements `fmt::Write` (String's impl is std's)."""
    from .types import Ty
    return any("Write" in per and t != Ty("adt", "String") for t, per in cx.impls.items())


class _ItemFacts:
    """What the borrow checker asks about items (for its notes and helps)."""

    def __init__(self, res, tcx):
        self.res, self.tcx = res, tcx

    def adt_header(self, name: str) -> Span:
        return self.res.adts[name].header

    def is_clone(self, ty) -> bool:
        from .typeck.rc_errors import std_clone
        from .typeck.check import is_copy       # (`Cell<T>: Clone` needs `T: Copy`)
        got = std_clone(self.res, ty, (lambda a: is_copy(a, self.tcx.adts)) if ty.name == "Cell"
                        else (lambda a: a.kind != "adt" or self.is_clone(a)))
        if got is not None:
            return got
        return ty.kind == "adt" and "Clone" in self.tcx.adts[ty.name].derives \
            and all(a.kind != "adt" or self.is_clone(a) for a in ty.args)   # derive's `T: Clone`

    def param_info(self, fn: str, i: int):
        item = self.res.fns.get(fn)
        if item is not None and item.kind.sig.self_param is not None:
            i -= 1   # a method's arguments start with `self`
        if item is None or not 0 <= i < len(item.kind.sig.params) or is_std_span(item.span):
            return None     # (rustc's note names the learner's functions only)
        return fn, item.kind.ident.span, item.kind.sig.params[i].ty.span


def _known_panics(sess: Session, program) -> list[Diagnostic]:
    """Deny lints rustc raises while generating code (so only for run and test)."""
    from . import lints
    out = lints.LintEmitter(sess.lint_cx)
    for body in program.bodies.values():
        lints.known_panics(body, out)
    return out.diags


def _early_lints(sess: Session, crate, res=None) -> list[Diagnostic]:
    from . import lints
    out = lints.LintEmitter(sess.lint_cx)
    # Unknown lint names in level attributes: rustc reports them as it builds the
    # levels, which its early lint pass does before the pass's own lints.
    for d in sess.lint_cx.diags:
        out.emit("unknown_lints", d)
    from .lints.unused_imports import unused_import_lints
    lints.early_lints(crate, sess.source, out, res.unused_labels if res is not None else {},
                      unused_import_lints(getattr(res, "modules", None), sess.source))
    return out.diags


def _late_lints(sess: Session, crate, res, tcx) -> list[Diagnostic]:
    from . import lints
    out = lints.LintEmitter(sess.lint_cx)
    lints.late_lints(crate, res, tcx, out)
    # Merged in source order with typeck's overflowing_literals (rustc's late pass
    # visits each expression once for all its lints).
    merged = list(out.diags)
    for d in tcx.late_lint_diags:
        pos = d.spans[0].span.lo
        if sess.lint_cx.apply(d.lint, d) is None:
            continue
        at = next((i for i, x in enumerate(merged) if x.spans and x.spans[0].span.lo > pos),
                  len(merged))
        merged.insert(at, d)
    return merged


def _typeck(sess: Session, crate, res):
    """Type checking, with rustc's unreachable_code warnings, which its type checker
    emits while it checks each body: a warning goes before the body's first type error
    at or after the unreachable code."""
    from . import lints, typeck
    tcx, diags = typeck.typeck_crate(crate, res)
    # Item-level errors (well-formedness of definitions, trait impls checked against
    # their traits) come before bodies'.
    ordered: list[Diagnostic] = list(tcx.wf_errors) + list(diags[:tcx.item_diags])
    rest = list(diags[tcx.item_diags:])
    for item in res.fns.values():
        if is_std_span(item.span) or item.kind.body is None:   # (an `extern` block's)
            continue
        inside = [d for d in rest if d.spans and item.span.lo <= d.spans[0].span.lo < item.span.hi]
        rest = [d for d in rest if not any(d is x for x in inside)]
        for w in lints.unreachable_in_fn(item.kind, tcx):
            w.lint = "unreachable_code"
            at = next((i for i, d in enumerate(inside)
                       if d.spans[0].span.lo >= w.spans[0].span.lo), len(inside))
            inside.insert(at, w)
        ordered.extend(inside)
    ordered.extend(rest)
    # overflowing_literals is found here (it needs the literals' types) but belongs to
    # rustc's late lint pass: it is shown only if analysis gets that far.
    tcx.late_lint_diags = [d for d in ordered if d.lint == "overflowing_literals"]
    ordered = [d for d in ordered if d.lint != "overflowing_literals"]
    # unreachable_code gets its level in output order, so the level notes go on the
    # first one shown.
    return tcx, [d for d in ordered if d.lint is None or sess.lint_cx.apply(d.lint, d) is not None]


def _expectations(sess: Session) -> list[Diagnostic]:
    """`#[expect(lint)]` attributes whose lint never fired (rustc checks them once the
    late lint pass is done)."""
    from . import lints
    out = lints.LintEmitter(sess.lint_cx)
    for d in sess.lint_cx.unfulfilled_expectations():
        out.emit("unfulfilled_lint_expectations", d)
    return out.diags


def _dead_code(sess: Session, res, tcx, program, roots) -> list[Diagnostic]:
    from . import lints
    out = lints.LintEmitter(sess.lint_cx)
    lints.dead_code(program, res.fns, roots, out, res, tcx)
    # std's items are another crate's: rustc's dead-code lint never sees them.
    return [d for d in out.diags if not (d.spans and is_std_span(d.spans[0].span))]


def _expand(crate, sess: Session, ids):
    from . import expand
    crate, diags, tests = expand.expand_crate(crate, sess.source, sess.edition, sess.cfg_test, ids)
    return (crate, tests), diags


def _check_main(sess: Session, crate, res) -> list[Diagnostic]:
    if "main" in res.fns:
        return []
    end = len(sess.source.data)
    # rustc points just past the last character of the file.
    text = sess.source.data.rstrip(b"\n")
    at = Span(len(text), len(text)) if text else Span(end, end)
    d = Diagnostic.error(f"`main` function not found in crate `{sess.crate_name}`", code="E0601")
    d.primary(at, f"consider adding a `main` function to `{sess.source.name}`")
    return [d]
