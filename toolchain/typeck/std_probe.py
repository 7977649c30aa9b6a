"""Method probing into std's inherent impls of unsized types, reached by deref: a
`Vec<T>` derefs to `[T]` (`v.first()`, `v.contains(&x)`), an array unsizes to one,
a `String` derefs to `str` (`s.trim()`), and `&str` / `&[T]` call them directly.

rustc finds these through its autoderef steps (`Vec<T>: Deref<Target = [T]>`);
Ferrite's method probe (methods.py) knows built-in derefs only, so this module adds
the std steps. At run time `&Vec<T>` and `&[T; N]` already are `&[T]` (the machine's
slices: interp/slices.py); a `String` receiver is read as its `&str` (the adjustment
"str" of `MethodCallee.autoref`, lowered by mir/build_refs.py).
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from ..syntax import ast
from ..types import CHAR, ERROR, Ty, slice_ty


def deref_target(t: Ty) -> tuple[Ty, str] | None:
    """What a std type derefs to and the table of that target's methods: `Vec<T>` to
    `[T]`, `String` to `str` (std's `Deref` impls, which the probe does not run yet)."""
    if t.kind == "adt" and t.name == "Vec":
        return slice_ty(t.args[0]), "[T]"
    if t.kind == "adt" and t.name == "String":
        return Ty("str"), "str"
    return None


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty, base: Ty, n: int) -> Ty | None:
    """The call's type when a std deref target has the method; None otherwise."""
    from .methods import MethodCallee
    name = k.segment.ident.name
    from . import str_patterns            # rustc's `P: Pattern`: the form of the pattern's type
    if name.startswith(str_patterns.HIDDEN_PREFIX) and not str_patterns.in_std(k):
        return None
    pre = None
    if name in str_patterns.ROUTED and str_patterns.text_base(base):
        routed = str_patterns.route(fcx, k)
        if routed is not None and routed[0] is None:
            return ERROR                    # (refused: str_patterns said why)
        if routed is not None:
            name, pre = routed[0] or name, routed[1]
    assoc = fcx.res.assoc
    target, table = None, None
    through = deref_target(base)
    if through is not None and name in assoc.get(through[1], {}):
        target, table = through
    elif base.kind == "array" and name in assoc.get("[T; N]", {}):
        target, table = base, "[T; N]"        # the array's own (`map`, by value)
    elif base.kind == "array" and name in assoc.get("[T]", {}) and name != "len":
        target, table = slice_ty(base.args[0]), "[T]"
    elif base.kind == "slice" and name in assoc.get("[T]", {}):
        target, table = base, "[T]"
    elif base.kind == "ref" and base.args[0].kind == "str" and name in assoc.get("str", {}):
        target, table = Ty("str"), "str"
    elif base.kind == "str" and name in assoc.get("str", {}):   # a place: `s[1..].trim()`
        target, table = base, "str"
    if target is None:
        return None
    a = assoc[table][name]
    if not a.has_self:
        return None
    sp = a.item.kind.sig.self_param
    if table == "str" and base.kind == "str":
        callee = MethodCallee(a.key, n, "&")
    elif table == "str":
        # `&str` is a value: read it through `n` references; a `String` is read as one.
        callee = MethodCallee(a.key, n, "str" if base.kind == "adt" else None)
    elif base.kind == "slice" and n == 0:      # a slice place (`v[1..3].len()`)
        callee = MethodCallee(a.key, 0, "&mut" if sp.mutable else "&")
    elif base.kind == "slice":
        # `&[T]` / `&mut [T]`: the reference itself, through any outer ones.
        callee = MethodCallee(a.key, n - 1, None)
        if sp.mutable and not rt_mutable_at(rt, n - 1):
            callee = MethodCallee(a.key, n, "&mut")
    elif table == "[T; N]" and sp.kind == "value":
        callee = MethodCallee(a.key, n, None)
    else:
        callee = MethodCallee(a.key, n, "&mut" if sp.mutable else "&")
    sig = fcx.results.sigs[a.key]
    from .methods import _instantiate
    args = _instantiate(fcx, a, target, k.segment, e)
    if args is None:
        return None
    if args:
        fcx.method_args[e.id] = args
        from .bounds import register_method     # `F: FnMut(&T, &T) -> Ordering` of `sort_by`
        register_method(fcx, e, k, a.key, args)
        from .generics import instantiate_sig
        sig = instantiate_sig(sig, args)
    fcx.results.method_calls[e.id] = callee
    from . import std_bounds
    std_bounds.check_method(fcx, e, k, a.key, target)
    if a.key == "[T]::concat" and target.args:    # `Vec<T>` of nested sequences
        from . import slice_concat
        got = slice_concat.ret(fcx, k, target.args[0])
        sig = replace(sig, ret=got) if got is not None else sig
    msig = replace(sig, params=sig.params[1:], param_spans=sig.param_spans[1:], noun="method")
    if len(k.args) != len(msig.params):
        shim = SimpleNamespace(func=SimpleNamespace(span=k.segment.ident.span), args=k.args)
        fcx._arity_error(e, shim, a.key, msig)
        return sig.ret
    checked = None
    if a.key in _PATTERN_METHODS:
        ok, checked = _text_pattern(fcx, k.args[0], k) if pre is None else \
            (True, CHAR if fcx.infer.resolve(pre).kind == "char" else pre)
        if not ok:
            return sig.ret
    elif pre is not None:        # (checked by str_patterns: only coerced here)
        checked = replace(pre) if pre is CHAR else pre
    mark = len(fcx.diags)
    if pre is not None:         # (the pattern checked first: its coercion is recorded on it)
        fcx.last_recorded = k.args[0]
    for i, (arg, pt) in enumerate(zip(k.args, msig.params)):
        cause = fcx._arg_cause(k.segment.ident.span, msig, i)
        from .arg_return_help import method_wrap     # (`V` decided by this argument)
        cause = method_wrap(fcx, cause, e, k, a.key, i)
        if checked is CHAR and i == 0:    # a `char` pattern
            continue
        if checked is not None and i == 0:   # (the pattern, already checked: only coerced here)
            if not fcx.coerce(checked, pt):
                fcx.mismatch(arg.span, pt, checked, cause, expr=arg)
            continue
        from .method_expected import check_arg     # (the call's expectation gives `pt`)
        check_arg(fcx, e, arg, pt, sig.ret, cause)
    if name != k.segment.ident.name:
        str_patterns.closure_errors(fcx, k, mark)
    at = _GENERIC_PATTERN.get(a.key)
    if at is not None and len(k.args) > at:   # rustc's `P: Pattern`: a `char` or text here
        pt = fcx.infer.resolve(msig.params[at])
        from .pattern_errors import not_a_pattern
        if not (pt.kind == "char" or (pt.kind == "ref" and pt.args[0].kind == "str")) \
                and not not_a_pattern(fcx, k, k.args[at], pt):
            from ..unsupported import unsupported
            fcx.diags.append(unsupported(k.args[at].span, "patterns other than a `char` or text "
                                                         "in this method"))
    return sig.ret


# The generic `str` splitters: which argument is their `P: Pattern`.
_GENERIC_PATTERN = {"str::split": 0, "str::rsplit": 0, "str::split_terminator": 0,
                    "str::split_inclusive": 0, "str::matches": 0, "str::splitn": 1,
                    "str::rsplitn": 1}


# `str` methods whose first argument is any `P: Pattern` in rustc (text, a `char`, a
# closure, ..); Ferrite's take text or a `char` (the machine holds both as text), until
# std has the `Pattern` trait.
_PATTERN_METHODS = {"str::contains", "str::starts_with", "str::ends_with", "str::find",
                    "str::rfind", "str::replace", "str::split_once", "str::rsplit_once", "str::strip_prefix",
                    "str::strip_suffix"}


def _text_pattern(fcx, arg: ast.Expr, k=None) -> tuple[bool, Ty | None]:
    """Is the pattern argument text or a `char` (and its type, if checked here)?
    Anything else (a closure) is refused honestly."""
    inner = arg
    while isinstance(inner.kind, ast.ExprParen):
        inner = inner.kind.expr
    if isinstance(inner.kind, ast.ExprLit) and inner.kind.lit.kind == "str":
        return True, None
    if isinstance(inner.kind, ast.ExprLit) and inner.kind.lit.kind == "char":
        fcx.check_expr(arg, None)
        return True, CHAR
    if isinstance(inner.kind, ast.ExprLit) and inner.kind.lit.kind in ("int", "float", "bool"):
        from .pattern_errors import not_a_pattern      # (`s.find(5)`: rustc's E0277)
        if k is not None and not_a_pattern(fcx, k, arg, fcx.check_expr(arg, None)):
            return False, None
    if not isinstance(inner.kind, (ast.ExprLit, ast.ExprClosure)):
        t = fcx.check_expr(arg, None)      # a `char` variable, or text
        kind = fcx.infer.resolve(t).kind
        if kind == "char":
            return True, CHAR
        if kind not in ("fndef", "closure"):
            return True, t
    from ..unsupported import unsupported
    fcx.diags.append(unsupported(arg.span, "patterns other than text in this method"))
    return False, None


def rt_mutable_at(rt: Ty, i: int) -> bool:
    """Whether the reference reached after `i` derefs of `rt` is `&mut`."""
    for _ in range(i):
        rt = rt.args[0]
    return rt.kind == "ref" and rt.mutable
