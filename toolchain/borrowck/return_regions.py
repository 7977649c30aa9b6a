"""A function's result checked against its signature's regions (rustc_borrowck's
universal-region errors): "lifetime may not live long enough" when the body returns
data of a lifetime that does not outlive the result's, E0621 when that data comes from
a parameter whose lifetime is elided.

Which of the parameters' regions reach the return place is computed over MIR by a small
fixpoint: a copy of a parameter's place carries the regions of that place's type (a
field of `&'s Excerpt<'a>` read through the reference is `'a` data), a reborrow through
references carries the region of the last shared reference it goes through, a call
carries what its signature lets flow (signature_regions.py). Locals are coarse (one set
of regions each); a region that only arrives through such a coarse step and breaks the
signature is refused as unsupported rather than reported, since rustc might accept.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..mir import ir
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported
from .places import has_ref
from .signature_regions import STATIC, _Walk, call_flows, lifetime_name, sig_regions


def check_return(body: ir.Body, ctx) -> list[Diagnostic]:
    if body.arg_count == 0:
        return []
    sig = sig_regions(ctx, body.name)
    if sig is None or len(sig.params) != body.arg_count:
        return []
    if not sig.mut_refs and (not has_ref(body.locals[0].ty) or not sig.ret):
        return []
    carried = _Carried(body, ctx, sig)
    carried.run()
    bad = carried.stores_behind_params()
    if bad is not None:
        return [unsupported(bad, "checking this store against the function's lifetimes")]
    got = carried.sets.get(0, {})
    for r, (span, precise) in sorted(got.items(), key=lambda kv: kv[1][0].lo if kv[1][0] else 0):
        if r == STATIC or all(sig.outlives_one(r, y) for y in sig.ret):
            continue
        if span is None:
            return [unsupported(body.span, "checking this function's result against its "
                                           "lifetimes")]
        if not precise or len(set(sig.ret)) != 1 or any(sig.outlives_one(r, y) for y in sig.ret):
            return [unsupported(span, "checking this returned reference against the "
                                      "function's lifetimes")]
        d = _report(ctx, sig, r, sig.ret[0], span, _noun(ctx, body.name), body.name)
        return [d]
    return []


def _noun(ctx, key: str) -> str:
    """How rustc names the body in its lifetime errors."""
    item = ctx.res.fns.get(key)
    if item is not None and item.kind.sig.self_param is not None:
        return "method"
    return "associated function" if _assoc(ctx, key) is not None or key.startswith("<") \
        else "function"


def _assoc(ctx, key):
    from .signature_regions import _assoc_of
    return _assoc_of(ctx.res, key)


def _report(ctx, sig, r: str, y: str, span: Span, noun: str = "function",
            key: str = "") -> Diagnostic:
    if y.startswith("'_self"):
        d = _anonymous(ctx, sig, r, y, span, noun, key)
        if d is not None:
            return d
    if y.startswith("'_") or y not in sig.decl_spans:
        return unsupported(span, "this lifetime error (an elided result lifetime)")
    if r.startswith("'_self"):
        d = _self_data(ctx, key, y, span, noun, sig)
        if d is not None:
            return d
    if r in sig.decl_spans:
        d = Diagnostic.error("lifetime may not live long enough", span,
                             f"{noun} was supposed to return data with lifetime `{y}` but "
                             f"it is returning data with lifetime `{r}`")
        d.secondary(sig.decl_spans[y], f"lifetime `{y}` defined here")
        d.secondary(sig.decl_spans[r], f"lifetime `{r}` defined here")
        d.help(f"consider adding the following bound: `{r}: {y}`")
        return d
    i = sig.elided_owner.get(r)
    ty = sig.param_tys[i] if i is not None and i < len(sig.param_tys) else None
    p = _param_of(ctx, sig, i)
    ref = _elided_ref(ty, r)
    if p is None or ref is None or not isinstance(p.pat.kind, ast.PatIdent):
        return unsupported(span, "this lifetime error (an elided parameter lifetime)")
    name = p.pat.kind.ident.name
    d = Diagnostic.error(f"explicit lifetime required in the type of `{name}`", span,
                         f"lifetime `{y}` required", code="E0621")
    at = Span(ref.span.lo + 1, ref.span.lo + 1)
    d.help(f"add explicit lifetime `{y}` to the type of `{name}`",
           suggestions=[Suggestion(at, f"{y} ", "MaybeIncorrect", "ShowAlways")])
    return d


def _self_data(ctx, key: str, y: str, span: Span, noun: str, sig) -> Diagnostic | None:
    """`fn f(&self) -> &'a str` returning data borrowed from `self` itself: rustc names
    the elided lifetime of `&self` `'1`."""
    item = ctx.res.fns.get(key)
    sp = item.kind.sig.self_param if item is not None else None
    if sp is None or sp.kind != "ref" or sp.lifetime is not None:
        return None
    d = Diagnostic.error("lifetime may not live long enough", span,
                         f"{noun} was supposed to return data with lifetime `{y}` but it is "
                         "returning data with lifetime `'1`")
    d.secondary(sig.decl_spans[y], f"lifetime `{y}` defined here")
    d.secondary(Span(sp.span.lo, sp.span.lo + 1), "let's call the lifetime of this reference `'1`")
    return d


def _param_of(ctx, sig, i):
    if i is None or sig.param_tys[i] is None:
        return None
    for item in ctx.res.fns.values():
        f = item.kind
        if isinstance(f, ast.Fn):
            for p in f.sig.params:
                if p.ty is sig.param_tys[i]:
                    return p
    return None


def _elided_ref(t, r: str):
    """The `&` type whose elided lifetime got the fresh name `r`."""
    stack = [t] if t is not None else []
    while stack:
        t = stack.pop()
        k = t.kind
        if isinstance(k, ast.TyRef):
            if k.lifetime is None and lifetime_name(None, t) == r:
                return t
            stack.append(k.ty)
        elif isinstance(k, ast.TyTuple):
            stack += list(k.elems)
        elif isinstance(k, ast.TyParen):
            stack.append(k.ty)
    return None


class _Carried:
    def __init__(self, body: ir.Body, ctx, sig):
        self.body, self.ctx, self.sig = body, ctx, sig
        self.sets: dict[int, dict[str, tuple]] = {}
        self.walk = _Walk(ctx.res, set())

    def stores_behind_params(self):
        """A value written behind a `&mut` parameter (`*h = ..`, `self.items.push(s)`)
        must outlive the regions of what that parameter points to; a possible violation
        is refused (rustc would say which lifetime). Returns the offending span."""
        if not self.sig.mut_refs:
            return None
        roots: dict[int, int] = {}     # local made by `&mut (*p)...` -> argument index of p
        for blk in self.body.blocks:
            for st in blk.statements:
                rv = st.rvalue
                if isinstance(rv, ir.Ref) and rv.mutable and st.place.is_local:
                    i = self._mut_param(rv.place)
                    if i is not None:
                        roots[st.place.local] = i
        for blk in self.body.blocks:
            for st in blk.statements:
                i = self._mut_param(st.place) if st.place.proj else None
                if i is not None and not self._fits(self.rvalue(st.rvalue), i):
                    return st.span
            t = blk.terminator
            if not isinstance(t, ir.Call) or not isinstance(t.func, str):
                continue
            flows = call_flows(self.ctx, t.func, len(t.args))
            stores = flows[1] if flows is not None else None
            if stores is None:
                stores = [(i, j, True) for j in range(len(t.args)) for i in range(len(t.args))
                          if i != j]
            for i, j, _ in stores:
                dst = t.args[j]
                if not isinstance(dst, (ir.Copy, ir.Move)):
                    continue
                k = roots.get(dst.place.local) if dst.place.is_local else None
                if k is None and dst.place.is_local and 1 <= dst.place.local <= self.body.arg_count \
                        and dst.place.local - 1 in self.sig.mut_refs:
                    k = dst.place.local - 1
                if k is not None and not self._fits(self.operand(t.args[i]), k):
                    return t.span
        return None

    def _mut_param(self, place: ir.Place):
        """The argument index of the `&mut` parameter `place` is reached through."""
        i = place.local - 1
        if 0 <= i < self.body.arg_count and i in self.sig.mut_refs and place.proj \
                and place.proj[0][0] == "deref":
            return i
        return None

    def _fits(self, regions: dict, i: int) -> bool:
        inner = self.sig.mut_refs[i][0]
        return all(r == STATIC or all(self.sig.outlives_one(r, y) for y in inner)
                   for r in regions)

    def run(self) -> None:
        for i in range(self.body.arg_count):
            self.sets[i + 1] = {r: (None, True) for r in self.sig.params[i]}
        self.points_to = _points_to(self.body)
        for _ in range(len(self.body.locals) + 2):
            if not self.step():
                break

    def add(self, local: int, regions: dict, span, precise: bool) -> bool:
        if not regions:
            return False
        cur = self.sets.setdefault(local, {})
        changed = False
        for r, (_, p) in regions.items():
            if r not in cur:
                cur[r] = (span, precise and p)
                changed = True
            elif cur[r][1] and not (precise and p):
                cur[r] = (cur[r][0], False)
                changed = True
        return changed

    def step(self) -> bool:
        changed = False
        for blk in self.body.blocks:
            for st in blk.statements:
                if not has_ref(self._local_ty(st.place.local)):
                    continue
                got = self.rvalue(st.rvalue)
                if got:
                    span = getattr(st.rvalue, "span", None) or st.span
                    op = getattr(st.rvalue, "op", None)
                    span = getattr(op, "span", None) or span
                    changed |= self.add(st.place.local, got, span, True)
            t = blk.terminator
            if isinstance(t, ir.Call) and has_ref(self._local_ty(t.dest.local)):
                got = self.call(t)
                changed |= self.add(t.dest.local, got, t.span, True)
        return changed

    def _local_ty(self, local: int):
        return self.body.locals[local].ty

    def rvalue(self, rv) -> dict:
        if isinstance(rv, ir.Use):
            return self.operand(rv.op)
        if isinstance(rv, (ir.Aggregate, ir.MakeClosure)):
            out: dict = {}
            for op in rv.ops:
                for r, v in self.operand(op).items():
                    out.setdefault(r, v)
            return out
        if isinstance(rv, ir.Ref):
            return self.reborrow(rv.place)
        return {}

    def operand(self, op) -> dict:
        if not isinstance(op, (ir.Copy, ir.Move)):
            return {}
        return self.place_regions(op.place)

    def _param_ty(self, local: int):
        """(ast type, substitution) of parameter `local`, or None."""
        i = local - 1
        if not (0 <= i < self.body.arg_count):
            return None
        if self.sig.param_tys[i] is not None:
            return self.sig.param_tys[i], {}
        return "self", {}

    def _through(self, place: ir.Place) -> ir.Place | None:
        """`(*r).f` for a local `r` known to point into a parameter: the same place
        written from the parameter (`(*self).items[i].f`)."""
        if not place.proj or place.proj[0][0] != "deref":
            return None
        at = self.points_to.get(place.local)
        return ir.Place(at.local, at.proj + place.proj[1:]) if at is not None else None

    def place_regions(self, place: ir.Place) -> dict:
        """The regions of the value at `place` (coarse for non-parameters)."""
        through = self._through(place)
        if through is not None:
            return self.place_regions(through)
        base = self.sets.get(place.local, {})
        if not place.proj:
            return base
        got = self._project(place)
        if got is None:
            return {r: (s, False) for r, (s, _) in base.items()}
        t, subst = got
        regions: list[str] = []
        self.walk.regions(t, regions, set())
        return {subst.get(r, r): (None, True) for r in regions}

    def _project(self, place: ir.Place):
        """Follow `place`'s projections through the parameter's written type: (ast.Ty,
        lifetime substitution), or None where Ferrite cannot follow."""
        start = self._param_ty(place.local)
        if start is None:
            return None
        t, subst = start
        for elem in place.proj:
            if t == "self":
                sp = self._self_param()
                if elem[0] == "deref" and sp is not None and sp.kind == "ref":
                    t = self.sig.self_ty
                    continue
                if sp is None or sp.kind != "value":
                    return None
                t = self.sig.self_ty
            got = self._elem(t, subst, elem)
            if got is None:
                return None
            t, subst = got
        return (t, subst) if t != "self" else None

    def _self_param(self):
        item = self.ctx.res.fns.get(self.body.name)
        return item.kind.sig.self_param if item is not None else None

    def _elem(self, t, subst, elem):
        k = t.kind
        if isinstance(k, ast.TyParen):
            return self._elem(k.ty, subst, elem)
        if elem[0] == "deref":
            return (k.ty, subst) if isinstance(k, ast.TyRef) else None
        if elem[0] == "index":
            return _element(self.ctx.res, t, subst)
        if elem[0] != "field" or not isinstance(k, ast.TyPath):
            return None
        got = self.ctx.res.types.get(t.id)
        if got is not None and got.kind == "self_ty":
            return self._elem(got.target, subst, elem)
        adt = self.ctx.res.adts.get(got.target) if got is not None and got.kind == "adt" else None
        if adt is None or adt.kind == "enum" or elem[1] >= len(adt.fields):
            return None
        seg = k.path.segments[-1]
        lts = [a for a in (seg.args.args if seg.args is not None else [])
               if isinstance(a, ast.Lifetime)]
        names = [lp.name for lp in adt.generics.lifetimes]
        if lts:
            vals = [subst.get(lifetime_name(a, t), lifetime_name(a, t)) for a in lts]
        else:
            vals = [f"'_{t.id}_{n}" for n in range(len(names))]
        return adt.fields[elem[1]].ty, dict(zip(names, vals))

    def reborrow(self, place: ir.Place) -> dict:
        """`&(*p).f`: the region of the last shared reference the place goes through
        (with a `&mut` one, those before it as well)."""
        through = self._through(place)
        if through is not None:
            return self.reborrow(through)
        derefs = [i for i, el in enumerate(place.proj) if el[0] == "deref"]
        if not derefs:
            return {}
        out: dict = {}
        for i in reversed(derefs):
            ptr = ir.Place(place.local, place.proj[:i])
            got = self._project(ptr) if ptr.proj else self._param_ty(place.local)
            if got is None or got[0] == "self":
                if got is not None and got[0] == "self" and not ptr.proj:
                    sp = self._self_param()
                    if sp is not None and sp.kind == "ref":
                        r = self.sig.outer[0]
                        out[r] = (None, True)
                        if not sp.mutable:
                            return out
                        continue
                base = self.sets.get(place.local, {})
                for r, (s, _) in base.items():
                    out.setdefault(r, (s, False))
                return out
            t, subst = got
            while isinstance(t.kind, ast.TyParen):
                t = t.kind.ty
            if not isinstance(t.kind, ast.TyRef):
                return {r: (s, False) for r, (s, _) in self.sets.get(place.local, {}).items()}
            name = lifetime_name(t.kind.lifetime, t)
            out[subst.get(name, name)] = (None, True)
            if not t.kind.mutable:
                return out
        return out

    def call(self, t: ir.Call) -> dict:
        flows = call_flows(self.ctx, t.func, len(t.args)) if isinstance(t.func, str) else None
        out: dict = {}
        for i, a in enumerate(t.args):
            if flows is not None and i not in flows[0]:
                continue
            got = self.operand(a)
            if flows is not None and not flows[0][i] and isinstance(a, (ir.Copy, ir.Move)) \
                    and a.place.is_local and 1 <= a.place.local <= self.body.arg_count:
                # only what the reference points to flows, not the parameter's own region
                got = {r: v for r, v in got.items() if r != self.sig.outer[a.place.local - 1]}
            for r, (s, p) in got.items():
                precise = p and flows is not None and len(got) == 1
                if r not in out or (out[r][1] and not precise):
                    out[r] = (s, precise)
        return out


def _element(res, t, subst):
    """The element type of a written `Vec<T>`, `[T]` or `[T; N]` (an index projection)."""
    k = t.kind
    if isinstance(k, (ast.TySlice, ast.TyArray)):
        return k.elem, subst
    if isinstance(k, ast.TyPath) and k.qself is None:
        got = res.types.get(t.id)
        seg = k.path.segments[-1]
        args = [a for a in (seg.args.args if seg.args is not None else [])
                if isinstance(a, ast.Ty)]
        if got is not None and got.kind == "adt" and got.target == "Vec" and len(args) == 1:
            return args[0], subst
    return None


def _points_to(body: ir.Body) -> dict[int, ir.Place]:
    """Locals holding a reference into a parameter (`_4 = &(*self).items`, `_8 =
    &(*_4)[_5]`, `_9 = copy _8`): the place each points to, written from the parameter.
    A local given two different places (or anything else) is left out."""
    out: dict[int, ir.Place | None] = {}
    args = range(1, body.arg_count + 1)

    def rooted(place: ir.Place) -> ir.Place | None:
        if place.local in args:
            return place
        at = out.get(place.local)
        if at is None or not place.proj or place.proj[0][0] != "deref":
            return None
        return ir.Place(at.local, at.proj + place.proj[1:])

    for _ in range(3):      # (a loop's body may come before the block that feeds it)
        for blk in body.blocks:
            for st in blk.statements:
                if not st.place.is_local or st.place.local in args:
                    continue
                rv = st.rvalue
                if isinstance(rv, ir.Ref) and not rv.mutable:
                    got = rooted(rv.place)
                elif isinstance(rv, ir.Use) and isinstance(rv.op, (ir.Copy, ir.Move)) \
                        and rv.op.place.is_local:
                    if rv.op.place.local not in out:
                        continue        # (its source is not seen yet: the next pass)
                    got = out[rv.op.place.local]
                else:
                    got = None
                local = st.place.local
                if local in out and out[local] != got:
                    got = None
                out[local] = got
            t = blk.terminator
            if isinstance(t, ir.Call) and t.dest.is_local:
                out[t.dest.local] = None
    return {k: v for k, v in out.items() if v is not None}


def _anonymous(ctx, sig, r: str, y: str, span: Span, noun: str, key: str) -> Diagnostic | None:
    """`fn pick(&self, other: &str) -> &str { other }`: both lifetimes are elided, so
    rustc names them `'1` (the returned data's) and `'2` (the result's, `self`'s)."""
    item = ctx.res.fns.get(key)
    i = sig.elided_owner.get(r)
    if item is None or i is None or i >= len(sig.param_tys) or sig.param_tys[i] is None:
        return None
    f = item.kind
    sp = f.sig.self_param
    ref = _elided_ref(sig.param_tys[i], r)
    if sp is None or sp.kind != "ref" or sp.lifetime is not None or ref is None:
        return None
    from ..resolve.lifetimes import elided_refs
    outs = elided_refs(f.sig.ret)
    if not outs:
        return None
    d = Diagnostic.error("lifetime may not live long enough", span,
                         f"{noun} was supposed to return data with lifetime `'2` but it is "
                         "returning data with lifetime `'1`")
    d.secondary(Span(ref.span.lo, ref.span.lo + 1), "let's call the lifetime of this reference `'1`")
    d.secondary(Span(sp.span.lo, sp.span.lo + 1), "let's call the lifetime of this reference `'2`")
    g = ctx.res.fn_generics.get(item.id)
    taken = {lp.name for lp in (g.lifetimes if g is not None else [])}
    name = next(f"'{c}" for c in "abcdefghijklmnopqrstuvwxyz" if f"'{c}" not in taken)
    if f.generics.params:
        at = f.generics.params[0].span.lo
        sugg = [Suggestion(Span(at, at), f"{name}, ", "MaybeIncorrect", "ShowAlways")]
    else:
        sugg = [Suggestion(Span(f.ident.span.hi, f.ident.span.hi), f"<{name}>", "MaybeIncorrect",
                           "ShowAlways")]
    sugg.append(Suggestion(Span(ref.span.lo + 1, ref.span.lo + 1), f"{name} ", "MaybeIncorrect",
                           "ShowAlways"))
    for o in outs:
        sugg.append(Suggestion(Span(o.span.lo + 1, o.span.lo + 1), f"{name} ", "MaybeIncorrect",
                               "ShowAlways"))
    d.help("consider introducing a named lifetime parameter and update trait if needed",
           suggestions=sugg)
    return d
