"""rustc's labels on a call whose arguments disagree about one type parameter
(`same(1, false)` for `fn same<T>(a: T, b: T)`), from its `label_generic_mismatches`
and `label_fn_like`: the argument that fixed `T` says "expected all arguments to be
this integer type ...", and the `function defined here` note labels each parameter
of that `T` ("`b` needs to match the integer type of this parameter", "this
parameter needs to match the integer type of `a`") and `T` itself ("`a` and `b`
both reference this parameter `T`")."""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty, display


def _sort_string(t: Ty) -> str | None:
    """rustc's `Ty::sort_string` for the simple types; None for the others (not modelled)."""
    if t.kind == "intvar":
        return "integer"
    if t.kind == "floatvar":
        return "floating-point number"
    inner = t
    while inner.kind == "ref" and inner.args:
        inner = inner.args[0]
    if inner.kind in ("int", "float", "bool", "char", "str") or \
            inner.kind == "tuple" and not inner.args:
        return f"`{display(t)}`"
    return None


def _listify(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def wrap(fcx, cause, k: ast.ExprCall, ft, sig, bad: int, found: list):
    """`cause` with those labels when argument `bad` alone is wrong and its declared
    type is a bare type parameter that another (fitting) argument's is too."""
    decl = fcx.results.sigs.get(ft.name) if ft.kind == "fndef" else None
    item = fcx.res.fns.get(ft.name) if ft.kind == "fndef" else None
    if decl is None or item is None or not isinstance(item.kind, ast.Fn) \
            or len(decl.params) != len(k.args) or decl.generics is None:
        return cause
    from ..std import is_std_span
    if is_std_span(decl.name_span):
        return cause
    params = item.kind.sig.params
    if len(params) != len(decl.params):
        return cause
    gp = [p if p.kind == "param" else None for p in decl.params]
    if gp[bad] is None or not any(i != bad and gp[i] == gp[bad] for i in range(len(gp))):
        return cause
    names = []
    for i, p in enumerate(params):
        pk = p.pat.kind
        names.append(f"`{pk.ident.name}`" if isinstance(pk, ast.PatIdent) else f"parameter #{i + 1}")
    infer = fcx.infer

    def decorate(d) -> None:
        cause(d)
        n = len(gp)
        labels_call = []
        for i in range(n):        # label_generic_mismatches: each fitting argument
            if i == bad or gp[i] is None:
                continue
            others = [j for j in range(n) if j != i and gp[j] == gp[i] and j == bad]
            if not others:
                continue
            shown = _sort_string(infer.resolve(found[i]))
            if shown is None:
                return
            if len(others) == n - 1:
                labels_call.append((k.args[i].span, f"expected all arguments to be this {shown} "
                                    "type because they need to match the type of this parameter"))
            else:
                art = "an" if shown.lstrip("`")[:1].lower() in "aeiou&" else "a"  # (`a_or_an`)
                labels_call.append((k.args[i].span, f"expected some other arguments to be {art} "
                                    f"{shown} type to match the type of this parameter"))
        note = next((c for c in reversed(d.children) if c.message.endswith("defined here")), None)
        if note is None:
            return
        labels_note = []
        unmatched_generics = []
        # (rustc labels every parameter only when a fitting one precedes the wrong one)
        every = any(i < bad and gp[i] == gp[bad] for i in range(n))
        for i in range(n):
            if not every and i != bad:
                continue
            if gp[i] is None:
                continue
            others = [j for j in range(n) if j != i and gp[j] == gp[i] and ((i == bad) != (j == bad))]
            if not others:
                labels_note.append((decl.param_spans[i], ""))
                continue
            shown = _sort_string(infer.resolve(sig.params[i]))
            if shown is None:
                return
            who = _listify([names[j] for j in others])
            if i != bad:
                verb = "needs" if len(others) == 1 else "need"
                labels_note.append((decl.param_spans[i], f"{who} {verb} to match the {shown} "
                                    "type of this parameter"))
            else:
                labels_note.append((decl.param_spans[i], f"this parameter needs to match the "
                                    f"{shown} type of {who}"))
            if gp[i] not in unmatched_generics:
                unmatched_generics.append(gp[i])
        g = decl.generics
        for t in unmatched_generics:
            if not (0 <= t.id < len(g.spans)):
                return
            refs = [names[j] for j in range(n) if gp[j] == t]
            both = "both" if len(refs) == 2 else "all"
            labels_note.append((g.spans[t.id], f"{_listify(refs)} {both} reference this "
                                f"parameter `{t.name}`"))
        for sp, label in labels_call:
            d.secondary(sp, label)
        note.spans = [s for s in note.spans if s.primary]
        for sp, label in labels_note:
            note.secondary(sp, label)
    return decorate
