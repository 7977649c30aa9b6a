"""mismatched_lifetime_syntaxes (rustc_lint's lifetime_syntax.rs): a signature that
writes one lifetime in two syntaxes, e.g. `fn iter(&self) -> Iter<i32>` (elided at
`&self`, hidden in the path) or `fn first<'a>(x: &'a str) -> &str` (named, then elided).

rustc groups the lifetimes of the output by what they resolve to, adds the inputs'
lifetimes that resolve to the same thing, and warns when one group mixes syntaxes:
"hidden" (a path leaving out its lifetime: `Iter<i32>`), "elided" (`&T`, `&'_ T`,
`Iter<'_, T>`) and "named" (`'a`, `'static`). The resolution is elision's: an elided
output lifetime is `&self`'s, else the one input lifetime position's (with none or
several, rustc's E0106 has already refused the program).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast

LINT = "mismatched_lifetime_syntaxes"


@dataclass
class _Info:
    syntax: str             # "hidden" | "elided" | "named"
    source: str             # "ref" | "path" | "bound" (`+ 'a` of an `impl Trait`)
    ty: ast.Ty | None       # the `&T` or path type holding it (None for `&self`)
    lt: ast.Lifetime | None  # the written lifetime, if any
    span: Span              # rustc's reporting span
    seg: ast.PathSegment | None = None
    self_amp: int | None = None   # `&self`: the position of its `&`

    @property
    def name(self) -> str | None:
        return self.lt.name if self.syntax == "named" else None


def check_fn(f: ast.Fn, res, out) -> None:
    sig = f.sig
    if sig.ret is None or (not sig.params and sig.self_param is None):
        return
    sp = sig.self_param
    if sp is not None and sp.kind != "ref":
        return      # `self` / `self: T`: elision through `Self` is not modelled here
    outs = _positions(sig.ret, res)
    if not outs:
        return
    per_param = [_positions(p.ty, res) for p in sig.params]
    if sp is not None:
        me = _self_info(sp)
        target = me
        inputs = [me] + [i for ps in per_param for i in ps]
    else:
        inputs = [i for ps in per_param for i in ps]
        target = inputs[0] if len(inputs) == 1 else None

    def key(i: _Info, is_output: bool):
        if i.syntax == "named":
            return i.name
        if is_output:
            return None if target is None else key(target, False)
        return id(i)

    groups: dict = {}
    for i in outs:
        k = key(i, True)
        if k is not None:
            groups.setdefault(k, ([], []))[1].append(i)
    for i in inputs:
        k = key(i, False)
        if k in groups:
            groups[k][0].append(i)
    for ins, outs_ in groups.values():
        d = _report(ins, outs_)
        if d is not None:
            out.emit(LINT, d)


def _self_info(sp: ast.SelfParam) -> _Info:
    lt = sp.lifetime
    if lt is None:
        return _Info("elided", "ref", None, None, sp.span, self_amp=sp.span.lo)
    return _Info("elided" if lt.name == "'_" else "named", "ref", None, lt, lt.span,
                 self_amp=sp.span.lo)


def _positions(t: ast.Ty | None, res) -> list[_Info]:
    """The lifetimes written or hidden in a type, in HIR visiting order."""
    out: list[_Info] = []
    stack = [t] if t is not None else []
    while stack:
        t = stack.pop(0)
        k = t.kind
        if isinstance(k, ast.TyRef):
            lt = k.lifetime
            if lt is None:
                out.append(_Info("elided", "ref", t, None, t.span))
            else:
                out.append(_Info("elided" if lt.name == "'_" else "named", "ref", t, lt, lt.span))
            stack.insert(0, k.ty)
        elif isinstance(k, ast.TyTuple):
            stack[0:0] = list(k.elems)
        elif isinstance(k, ast.TyParen):
            stack.insert(0, k.ty)
        elif isinstance(k, (ast.TySlice, ast.TyArray)):
            stack.insert(0, k.elem)
        elif isinstance(k, ast.TyImplTrait):
            # `impl Iterator<Item = &str> + '_`: the bounds' arguments and lifetimes
            kids = []
            for b in k.bounds:
                if isinstance(b, ast.Lifetime):
                    out.append(_Info("elided" if b.name == "'_" else "named", "bound", t, b,
                                     b.span))
                elif isinstance(b, ast.TraitBound) and not b.for_lifetimes:
                    ga = b.path.segments[-1].args
                    if ga is not None and not ga.parenthesized:
                        kids += [a for a in ga.args if isinstance(a, ast.Ty)]
                        kids += [c.ty for c in ga.constraints if c.ty is not None]
            stack[0:0] = kids
        elif isinstance(k, ast.TyPath) and k.qself is None:
            seg = k.path.segments[-1]
            args = seg.args.args if seg.args is not None else []
            from ..resolve.lifetimes import path_lifetimes
            n, lts = path_lifetimes(res, t, seg)
            out += [_Info("hidden", "path", t, None, t.span, seg) for _ in range(n)]
            out += [_Info("elided" if a.name == "'_" else "named", "path", t, a, a.span, seg)
                    for a in lts]
            stack[0:0] = [a for a in args if isinstance(a, ast.Ty)]
    return out


def _report(inputs: list[_Info], outputs: list[_Info]) -> Diagnostic | None:
    every = inputs + outputs
    counts = {s: sum(1 for i in every if i.syntax == s) for s in ("hidden", "elided", "named")}
    if sum(1 for v in counts.values() if v) < 2:
        return None
    h, e, n = counts["hidden"], counts["elided"], counts["named"]
    if not n:
        msg = "hiding a lifetime that's elided elsewhere is confusing"
    elif not e:
        msg = "hiding a lifetime that's named elsewhere is confusing"
    elif not h:
        msg = "eliding a lifetime that's named elsewhere is confusing"
    else:
        msg = "hiding or eliding a lifetime that's named elsewhere is confusing"
    d = Diagnostic("warning", msg)
    labels = {}
    for side, infos in (("input", inputs), ("output", outputs)):
        same = "the same lifetime" if side == "output" else "the lifetime"
        for s in ("hidden", "elided", "named"):
            for i in infos:
                if i.syntax == s and id(i) not in labels:
                    labels[id(i)] = f"{same} is {s} here"
    # rustc's primary spans are the hidden and elided ones, in signature order; the
    # named ones are labelled only.
    for i in every:
        if i.syntax != "named":
            d.primary(i.span, labels[id(i)])
    for i in every:
        if i.syntax == "named":
            d.secondary(i.span, labels[id(i)])
    d.help("the same lifetime is referred to in inconsistent ways, making the signature confusing")
    bound = next((i for i in reversed(every) if i.syntax == "named"), None)
    if bound is not None:
        name = bound.name
        d.help(f"consistently use `{name}`",
               suggestions=_edits([i for i in every if i.syntax != "named"], name))
    elif any(i.source == "ref" for i in every) and any(i.source == "path" for i in every):
        d.help("use `'_` for type paths",
               suggestions=_edits([i for i in every if i.syntax == "hidden"], "'_"))
    else:
        d.help("consistently use `'_`",
               suggestions=_edits([i for i in every if i.lt is None], "'_"))
    return d


def _edits(infos: list[_Info], name: str) -> list[Suggestion]:
    """One edit per place: a path hiding two lifetimes gets one `<'_>`."""
    out, seen = [], set()
    for i in infos:
        e = _edit(i, name)
        if (e.span, e.replacement) not in seen:
            seen.add((e.span, e.replacement))
            out.append(e)
    return out


def _edit(i: _Info, name: str) -> Suggestion:
    if i.lt is not None:
        return Suggestion(i.lt.span, name, "MaybeIncorrect", "ShowAlways")
    if i.source == "ref":
        at = i.self_amp if i.ty is None else i.ty.span.lo
        return Suggestion(Span(at + 1, at + 1), f"{name} ", "MaybeIncorrect", "ShowAlways")
    args = i.seg.args
    if args is not None and not args.parenthesized and args.args:
        at = args.span.lo + 1
        return Suggestion(Span(at, at), f"{name}, ", "MaybeIncorrect", "ShowAlways")
    at = i.seg.ident.span.hi
    return Suggestion(Span(at, at), f"<{name}>", "MaybeIncorrect", "ShowAlways")
