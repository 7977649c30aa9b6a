"""The regions of a function's signature, as the borrow checker needs them (rustc's
`UniversalRegions` and the outlives facts of a signature).

Types are checked modulo regions (typeck erases them), so the regions are read from the
signature as written: each lifetime position gets a name: the parameter's (`'a`),
`'static`, or for an elided one a fresh name of its own (`'_<node id>`). Elided output
lifetimes follow rustc's elision rules (`&self`'s, else the only input lifetime).

From this:
- `call_flows`: which arguments of a call can flow into its result (an argument flows if
  one of its regions outlives one of the result's, or if both name a type parameter), and
  into which `&mut` argument's referent another argument can be stored;
- `outlives`: the relation the body must respect (declared `'b: 'a` bounds, the implied
  bounds of `&'r T` (every region of `T` outlives `'r`), and `'static` outliving all).
A signature Ferrite cannot read (impl Trait, closures, trait methods) gives None, and the
callers keep the coarse rule: every argument flows into the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..syntax import ast
from .param_links import param_links

STATIC = "'static"


@dataclass
class SigRegions:
    params: list[list[str]]              # per argument (self first): its regions
    param_tparams: list[set[str]]        # per argument: the type parameters it names
    param_tys: list                      # per argument: its ast.Ty (None for `self`)
    ret: list[str]                       # the result's regions, elision applied
    ret_tparams: set[str]
    outlives: set[tuple[str, str]] = field(default_factory=set)   # (x, y): `x: y`, closed
    mut_refs: dict[int, tuple[list[str], set[str]]] = field(default_factory=dict)
    # ^ argument index -> (regions, type parameters) of the referent of its `&mut`
    decl_spans: dict[str, object] = field(default_factory=dict)   # `'a` -> its declaration
    elided_owner: dict[str, int] = field(default_factory=dict)    # fresh region -> argument
    self_ty: object = None               # the impl's self type (for `self`'s projections)
    subst: dict = field(default_factory=dict)   # impl lifetimes named in the self type
    outer: list = field(default_factory=list)   # per argument: its own `&`'s region or None
    # Which type parameters bounds tie together, so that a value of one may come out in
    # another's (`U: From<T>`, `F: FnOnce(T) -> U`; borrowck/param_links.py); None: any
    # may. Only an argument naming a parameter tied to one of the result's flows into it
    # (`get<Q>(&self, k: &Q) -> Option<&V>` does not keep `k` borrowed, nor does `find`'s
    # predicate).
    links: dict | None = None

    def outlives_one(self, x: str, y: str) -> bool:
        return x == y or x == STATIC or (x, y) in self.outlives

    def flows_through_ref(self, i: int) -> bool:
        """Does argument `i`'s own reference (not only what it points to) flow?"""
        r = self.outer[i]
        return r is None or self._tparams_flow(i) \
            or any(self.outlives_one(r, y) for y in self.ret)

    def flows_into_result(self, i: int) -> bool:
        if any(self.outlives_one(x, y) for x in self.params[i] for y in self.ret):
            return True
        return self._tparams_flow(i)

    def _tparams_flow(self, i: int) -> bool:
        if not (self.ret_tparams and self.param_tparams[i]):
            return False
        if self.links is None:
            return True
        return any(self.links.get(p, {p}) & self.ret_tparams for p in self.param_tparams[i])


class _Walk:
    """Collects the regions and type parameters of an ast.Ty, with the implied bounds of
    its references."""

    def __init__(self, res, bounds: set):
        self.res, self.bounds = res, bounds

    def regions(self, t: ast.Ty | None, regions: list, tparams: set, hidden_ok: bool = True):
        if t is None:
            return
        k = t.kind
        if isinstance(k, ast.TyRef):
            r = lifetime_name(k.lifetime, t)
            inner: list = []
            self.regions(k.ty, inner, tparams)
            for x in inner:
                self.bounds.add((x, r))
            regions.append(r)
            regions += inner
        elif isinstance(k, ast.TyTuple):
            for el in k.elems:
                self.regions(el, regions, tparams)
        elif isinstance(k, ast.TyParen):
            self.regions(k.ty, regions, tparams)
        elif isinstance(k, (ast.TySlice, ast.TyArray)):
            self.regions(k.elem, regions, tparams)
        elif isinstance(k, ast.TyPath):
            got = self.res.types.get(t.id)
            if got is not None and got.kind == "param":
                tparams.add(got.target[0])
            elif got is not None and got.kind == "proj" \
                    and getattr(got.target[2], "kind", None) == "param":
                tparams.add(got.target[2].name)     # `Self::Item`, `I::Item`
            elif got is not None and got.kind == "self_ty":
                self.regions(got.target, regions, tparams)
            seg = k.path.segments[-1]
            args = seg.args.args if seg.args is not None else []
            lts = [a for a in args if isinstance(a, ast.Lifetime)]
            adt = self.res.adts.get(got.target) if got is not None and got.kind == "adt" else None
            if adt is not None and adt.generics.lifetimes and not lts:
                regions += [f"'_{t.id}_{n}" for n in range(len(adt.generics.lifetimes))]
            regions += [lifetime_name(a, t) for a in lts]
            for a in args:
                if isinstance(a, ast.Ty):
                    self.regions(a, regions, tparams)
        elif isinstance(k, ast.TyImplTrait):
            raise _Unknown()
        # (other types hold no region Ferrite models: they are refused earlier)


class _Unknown(Exception):
    pass


def lifetime_name(lt: ast.Lifetime | None, owner: ast.Ty) -> str:
    if lt is None:
        return f"'_{owner.id}"
    if lt.name == "'_":
        return f"'_{lt.id}"
    return lt.name


def _assoc_of(res, key: str):
    if "::" not in key or key.startswith("<"):
        return None
    adt, name = key.rsplit("::", 1)
    return res.assoc.get(adt, {}).get(name)


def sig_regions(ctx, key: str) -> SigRegions | None:
    cache = ctx.__dict__.setdefault("_sig_regions", {})
    if key in cache:
        return cache[key]
    try:
        got = _build(ctx.res, key)
    except _Unknown:
        got = None
    cache[key] = got
    return got


def _build(res, key: str) -> SigRegions | None:
    item = res.fns.get(key)
    if item is None:     # an impl keeping its trait's default method: the trait's signature
        from .call_regions import declaration
        item = declaration(res, key)
    if item is None or not isinstance(item.kind, ast.Fn):
        return None
    f: ast.Fn = item.kind
    generics = res.fn_generics.get(item.id)
    if generics is None:
        return None
    bounds: set[tuple[str, str]] = set()
    for lp in generics.lifetimes:
        for b in lp.bounds:
            bounds.add((lp.name, b))
    w = _Walk(res, bounds)
    params: list[list[str]] = []
    tparams: list[set[str]] = []
    tys: list = []
    mut_refs: dict = {}
    self_ref_region = None
    a = _assoc_of(res, key)
    sp = f.sig.self_param
    self_ty = None
    in_trait = False
    if sp is not None:
        owner = res.traits.owners.get(id(f)) if a is None else None
        if owner is not None and owner[0] == "impl":     # a trait impl's method
            self_ty = owner[1].self_ty
        elif owner is not None and owner[0] == "trait" and owner[1].generics is None:
            in_trait = True      # a default method: `Self` is a type parameter
        elif a is None or a.self_ty is None or sp.kind == "explicit":
            return None
        else:
            self_ty = a.self_ty
        if sp.kind == "explicit":
            return None
        inner: list[str] = []
        tp: set[str] = set(generics.names[:generics.parent_count])
        if in_trait:
            tp.add("Self")
        else:
            w.regions(self_ty, inner, tp)
        if sp.kind == "ref":
            self_ref_region = sp.lifetime.name if sp.lifetime is not None and \
                sp.lifetime.name != "'_" else f"'_self{sp.id}"
            for x in inner:
                bounds.add((x, self_ref_region))
            params.append([self_ref_region] + inner)
            if sp.mutable:
                mut_refs[0] = (inner, tp)
        else:
            params.append(inner)
        tparams.append(tp)
        tys.append(None)
    for p in f.sig.params:
        rs: list[str] = []
        tp = set()
        w.regions(p.ty, rs, tp)
        if isinstance(p.ty.kind, ast.TyRef) and p.ty.kind.mutable:
            inner, itp = [], set()
            w.regions(p.ty.kind.ty, inner, itp)
            mut_refs[len(params)] = (inner, itp)
        params.append(rs)
        tparams.append(tp)
        tys.append(p.ty)
    ret: list[str] = []
    ret_tp: set[str] = set()
    w.regions(f.sig.ret, ret, ret_tp)
    elided = [r for r in ret if r.startswith("'_")]
    if elided:
        if self_ref_region is not None:
            target = self_ref_region
        else:
            every = [r for rs in params for r in rs]
            if len(every) != 1:
                return None      # E0106 (resolve) or refused
            target = every[0]
        ret = [target if r.startswith("'_") else r for r in ret]
    owner = {r: i for i, rs in enumerate(params) for r in rs if r.startswith("'_")}
    decl = {lp.name: lp.span for lp in generics.lifetimes}
    sig = SigRegions(params, tparams, tys, ret, ret_tp, _closure(bounds), mut_refs, decl, owner,
                     self_ty)
    sig.links = param_links(res, generics, f.generics)
    sig.outer = [self_ref_region] if sp is not None else []
    sig.outer += [lifetime_name(p.ty.kind.lifetime, p.ty) if isinstance(p.ty.kind, ast.TyRef)
                  else None for p in f.sig.params]
    return sig


def _closure(pairs: set) -> set:
    out = set(pairs)
    changed = True
    while changed:
        changed = False
        for x, y in list(out):
            for y2, z in list(out):
                if y == y2 and x != z and (x, z) not in out:
                    out.add((x, z))
                    changed = True
    return out


def call_flows(ctx, func: str, nargs: int):
    """({argument flowing into the result: whether its own reference does, or only what
    it points to}, [(argument, `&mut` argument it may be stored into, whether its own
    reference may be)]), or None when the signature is not readable."""
    sig = sig_regions(ctx, func)
    if sig is None or len(sig.params) != nargs:
        return None
    into_result = {i: sig.flows_through_ref(i) for i in range(nargs) if sig.flows_into_result(i)}
    stores = []
    for j, (regions, tps) in sig.mut_refs.items():
        for i in range(nargs):
            if i == j:
                continue
            if any(sig.outlives_one(x, y) for x in sig.params[i] for y in regions) \
                    or (tps and sig.param_tparams[i] & tps):
                o = sig.outer[i]
                through_ref = o is None or any(sig.outlives_one(o, y) for y in regions)
                stores.append((i, j, through_ref))
    return into_result, stores
