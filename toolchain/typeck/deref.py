"""Autoderef in the type checker (rustc's `Autoderef`): what one deref step of a type
gives, built in (a reference, a box) or through a `Deref` impl, and the deref
coercion `&X` to `&Y` at coercion sites (`&Box<List>` passed as `&List`).

A coercion is recorded for MIR as `TypeckResults.deref_coercions[expr id] = (steps,
mutable)`: the steps the reborrow `&*..*e` goes through, each None (a built-in
deref projection) or the `Deref::deref` call that gives it (mir/build_deref.py).
"""

from __future__ import annotations

from ..types import Ty, is_box, subst

MAX_STEPS = 16      # (rustc's recursion limit is higher; no learner's type needs more)


def step(fcx, t: Ty, mutable: bool = False) -> tuple[Ty, object] | None:
    """(the type `*t` has, how it is reached) or None when `t` does not deref. An
    overloaded step is `(key of deref/deref_mut, the impl's arguments, target, mutable)`."""
    t = fcx.infer.shallow(t)
    if (t.kind == "ref" and t.args[0].kind != "str") or is_box(t):
        return t.args[0], None
    if t.kind != "adt":
        return None
    from .std_probe import deref_target
    std = deref_target(t)      # `Vec<T>` to `[T]`, `String` to `str`: the same pointer,
    if std is not None:        # or the text read (the machine's slices and strings)
        return std[0], ("str" if std[1] == "str" else "slice")
    got = impl_of(fcx, t, "Deref")
    if got is None:
        return None
    info, args = got
    target = info.assoc.get("Target")
    if target is None:
        return None
    target = fcx.infer.resolve(subst(target, args))
    if mutable:
        mut = impl_of(fcx, t, "DerefMut")
        if mut is None:
            return None
        minfo, margs = mut
        return target, (minfo.keys["deref_mut"], margs, target, True)
    return target, (info.keys["deref"], args, target, False)


def impl_of(fcx, t: Ty, trait: str):
    """(the impl of `trait` for the adt `t`, its arguments for `t`) or None."""
    cx = fcx.results.traits
    if cx is None:
        return None
    info = cx.impls.get(t, {}).get(trait)
    if info is not None:
        return info, ()
    from . import impl_select
    if not cx.matched or impl_select.head(t) not in cx.matched:
        return None
    info = impl_select.candidates(cx, t).get(trait)
    if info is None:
        return None
    return info, impl_select.instantiate(fcx, info, t)


def could_unify(fcx, a: Ty, b: Ty) -> bool:
    """Whether `a` and `b` may be made equal (a probe: nothing is bound)."""
    a, b = fcx.infer.shallow(a), fcx.infer.shallow(b)
    if a.kind in ("var", "error") or b.kind in ("var", "error"):
        return True
    if a.kind in ("intvar", "floatvar") or b.kind in ("intvar", "floatvar"):
        other = b if a.kind in ("intvar", "floatvar") else a
        var = a if other is b else b
        return other.kind == var.kind or other.kind == ("int" if var.kind == "intvar" else "float")
    if a.kind != b.kind or a.name != b.name or a.mutable != b.mutable or len(a.args) != len(b.args):
        return False
    return all(could_unify(fcx, x, y) for x, y in zip(a.args, b.args))


def coerce(fcx, found: Ty, expected: Ty) -> bool | None:
    """The deref coercion of `&X` (or `&mut X`) to `&Y`; None when it does not apply."""
    sh = fcx.infer.shallow
    f, x = sh(found), sh(expected)
    if f.kind != "ref" or x.kind != "ref" or (x.mutable and not f.mutable):
        return None
    src, want = sh(f.args[0]), sh(x.args[0])
    if src.kind in ("var", "error") or want.kind in ("var", "error") or could_unify(fcx, src, want):
        return None
    e = getattr(fcx, "last_recorded", None)
    if e is None or fcx.types.get(e.id) is not found:
        return None       # not the expression just checked: no coercion to record
    steps, t = [], src
    for _ in range(MAX_STEPS):
        got = step(fcx, t)
        if got is None and t.kind == "ref" and sh(t.args[0]).kind == "str":
            got = t.args[0], None     # `&&str` to `&str`: the text behind the reference
        if got is None:
            return None
        t, how = got
        steps.append(how)
        if could_unify(fcx, t, want) and fcx.infer.unify(t, want):
            fcx.results.deref_coercions[e.id] = (tuple(steps), x.mutable)
            note(fcx, fcx.results.deref_coercions, e.id)
            return True
    return None


def method_call(fcx, e, k, base: Ty, n: int) -> Ty | None:
    """A method of what the receiver derefs to through a `Deref` impl (rustc's probe
    goes on to the next autoderef step), or None when that finds no method either.
    The step is recorded for MIR (`TypeckResults.receiver_derefs[call id]`, one entry
    per impl gone through) and the call is checked on the `&Target` it gives."""
    from ..types import ERROR, ref
    from .methods import method_call as probe
    base = fcx.infer.shallow(base)
    got = step(fcx, base) if base.kind == "adt" else None
    if base.kind == "param":      # through a `D: Deref` bound (typeck/param_deref.py)
        from .param_deref import step as param_step
        got = param_step(fcx, base)
    if got is None or not isinstance(got[1], tuple):
        return None
    target, how = got
    table = fcx.results.receiver_derefs
    saved = list(table.get(e.id, ()))
    table[e.id] = saved + [(n, how)]
    note(fcx, table, e.id)
    mark = len(fcx.diags)
    t = probe(fcx, e, k, ref(target))
    callee = fcx.results.method_calls.get(e.id)
    if t is ERROR and any(d.code == "E0599" for d in fcx.diags[mark:]):
        del fcx.diags[mark:]          # rustc names the receiver's own type: reported there
        table[e.id] = saved
        if not saved:
            del table[e.id]
        return None
    if callee is not None and callee.autoref == "&mut" and len(table[e.id]) == len(saved) + 1:
        # A `&mut self` method: the step is `DerefMut::deref_mut`.
        mut = step(fcx, base, True)
        if base.kind == "param":
            from .param_deref import step as param_step
            mut = param_step(fcx, base, True)
        from .rc_errors import rc_mut_error
        if mut is None and rc_mut_error(fcx, base, k.receiver.span, "borrow"):
            return ERROR
        if mut is None:
            from ..unsupported import unsupported
            fcx.diags.append(unsupported(k.receiver.span, "a `&mut self` method through a "
                                         "type without `DerefMut`"))
            return ERROR
        table[e.id][len(saved)] = (n, mut[1])
    return t


def note(fcx, table: dict, key) -> None:
    """Remember an entry holding `Deref` calls, whose impl arguments may still be
    inference variables: `finish` resolves them with the body's table."""
    fcx.__dict__.setdefault("deref_records", []).append((table, key))


def finish(fcx) -> None:
    def fix(how):
        if isinstance(how, tuple) and len(how) == 4:
            key, args, target, mutable = how
            return (key, tuple(fcx.infer.fallback(a) for a in args), fcx.infer.fallback(target),
                    mutable)
        return how
    for table, key in fcx.__dict__.get("deref_records", ()):
        v = table.get(key)
        if v is None:
            continue
        if table is fcx.results.dyn_coercions:
            table[key] = fcx.infer.fallback(v)
        elif table is fcx.results.deref_coercions:
            table[key] = (tuple(fix(h) for h in v[0]), v[1])
        elif table is fcx.results.receiver_derefs \
                or table is fcx.results.__dict__.get("index_derefs"):
            table[key] = [(n, fix(h)) for n, h in v]
        else:
            table[key] = fix(v)


def mark_write(fcx, e, lhs) -> None:
    """`*x = v` (or `*x += v`) where `*x` is overloaded: the place is reached through
    `DerefMut::deref_mut`; without an impl, rustc's borrow checker says E0594."""
    from ..syntax import ast
    while isinstance(lhs.kind, ast.ExprParen):
        lhs = lhs.kind.expr
    if not (isinstance(lhs.kind, ast.ExprUnary) and lhs.kind.op == "*"):
        return
    how = fcx.results.overloaded_derefs.get(lhs.id)
    if not isinstance(how, tuple) or how[3]:
        return
    base = fcx.infer.resolve(fcx.types.get(lhs.kind.expr.id))
    got = step(fcx, base, True)
    if got is None and base.kind == "param":      # `*x = v` with `T: DerefMut`
        from .param_deref import step as param_step
        got = param_step(fcx, base, True)
    if got is not None:
        fcx.results.overloaded_derefs[lhs.id] = got[1]
        return
    from ..diagnostics.model import Diagnostic
    from ..types import display
    from .rc_errors import rc_mut_error
    if rc_mut_error(fcx, base, e.span, "assign"):
        return
    d = Diagnostic.error(f"cannot assign to data in dereference of `{display(base)}`", e.span,
                         "cannot assign", code="E0594")
    d.help("trait `DerefMut` is required to modify through a dereference, but it is not "
           f"implemented for `{display(base)}`")
    fcx.diags.append(d)
