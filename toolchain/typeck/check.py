"""Checking function bodies (rustc_hir_typeck's FnCtxt, for the current subset)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Callable

from ..diagnostics.model import Diagnostic
from ..resolve import Res, Resolutions
from ..source import Span
from ..syntax import ast
from ..std import is_std_span
from ..std_locations import item_span
from ..prim_locations import place_note
from .lazy_sigs import LazySigs
from ..types import (BOOL, CHAR, ERROR, NEVER, PRIM_CONSTS, PRIMITIVES, STR_REF, UNIT, Ty, describe,
                     display, float_ty, int_range, int_ty, ref)
from ..unsupported import unsupported
from . import raw_ptrs
from . import privacy
from . import drop_checks
from . import derive_cmp
from . import user_ord
from . import cmp_fns
from . import thread_spawn
from . import adt_bounds
from . import std_sig_types
from . import assign_origin, pat_arity, struct_pat_fields
from . import collection_bounds, collection_index, field_errors
from .assign_lhs import check_lhs_assignable
from .bitwise import BIT_OPS, SHIFTS, check_bit_operands
from . import arrays, consts, let_forms, methods, refs, traits
from . import generics
from . import closures
from . import holes, select_infer
from . import projection
from . import bivariance
from . import method_expected
from . import opaque
from . import dyn_fn
from . import fn_ptr
from .cast import check_cast
from .numeric_helps import (float_conversion_help, float_literal_help, int_conversion_help,
                            int_to_float_help, literal_suffix_help)
from .fmt_nested import debug_of_container
from .std_helps import box_new_help, unwrap_help
from . import try_op
from . import trait_calls
from .fmt_local_types import point_at_type
from .bytestr_helps import remove_b_help
from . import op_overload, op_traits
from .labels import break_target, labelled_block
from .deferred_init import uninferred_lets
from .infer import InferTable


@dataclass
class FnSig:
    params: list[Ty]
    ret: Ty
    ret_span: Span | None          # the written return type, None when it is an implicit `()`
    name_span: Span
    param_spans: list[Span]
    sig_span: Span
    noun: str = "function"         # "method" / "associated function", as rustc's notes say
    generics: object = None        # resolve.generics.GenericsInfo of a generic function
    self_ty: Ty | None = None      # in an impl: its self type (what `Self` names)
    called_as: str = ""            # "function" when a method is called by its path
    std_key: str | None = None     # a primitive's std method: its place in rustc's std (prim_locations.py)
    variadic: bool = False         # `fn printf(f: *const u8, ...)` in an `extern` block


@dataclass
class VariantLayout:
    name: str
    kind: str                      # "named" | "tuple" | "unit"
    names: list[str]
    tys: list[Ty]
    discr: int                     # the discriminant value (stored first in the value)


@dataclass
class AdtLayout:
    """A struct or enum as MIR and the machine see it: field names and types in order.
    An enum value is a list [discriminant, fields of its variant...]."""
    name: str
    kind: str                      # "named" | "tuple" | "unit" | "enum"
    names: list[str]
    tys: list[Ty]
    derives: set[str]
    variants: list[VariantLayout] = field(default_factory=list)
    generics: list[str] = field(default_factory=list)   # type parameters (in `tys` as params)
    default_discr: int | None = None   # `#[derive(Default)]`'s `#[default]` variant (derive_default.py)

    def variant_of(self, discr: int) -> VariantLayout:
        for v in self.variants:
            if v.discr == discr:
                return v
        raise KeyError(discr)


@dataclass
class TypeckResults:
    expr_types: dict[int, Ty] = field(default_factory=dict)
    local_types: dict[int, Ty] = field(default_factory=dict)
    # For each tuple pattern, the tuple index each non-`..` sub-pattern matches.
    pat_tuple_fields: dict[int, list[int]] = field(default_factory=dict)
    bodies_with_errors: set[str] = field(default_factory=set)
    try_kinds: dict[int, str] = field(default_factory=dict)   # `e?` id -> "Option" | "Result" | "fmt"
    # Lints found while type checking that rustc's late lint pass reports (the driver
    # moves them there).
    late_lint_diags: list = field(default_factory=list)
    adts: dict[str, "AdtLayout"] = field(default_factory=dict)
    sigs: dict[str, FnSig] = field(default_factory=lambda: LazySigs())   # (lazy_sigs.py)
    # References and methods (see refs.py and methods.py).
    field_derefs: dict[int, int] = field(default_factory=dict)
    pat_derefs: dict[int, int] = field(default_factory=dict)
    binding_modes: dict[int, str] = field(default_factory=dict)
    reborrows: set[int] = field(default_factory=set)
    method_calls: dict[int, "methods.MethodCallee"] = field(default_factory=dict)
    assoc_paths: dict[int, tuple[str, str]] = field(default_factory=dict)  # expr id -> (kind, key)
    consts: dict[str, tuple[Ty, ast.Expr]] = field(default_factory=dict)  # "T::C" -> type, value
    const_tys: dict[str, Ty] = field(default_factory=dict)     # `const`/`static` items
    const_values: dict[str, object] = field(default_factory=dict)   # set by const evaluation
    # Generic arguments of each call of a generic method (expr id -> args); calls
    # through a path carry theirs in the callee's `fndef` type.
    generic_args: dict[int, tuple] = field(default_factory=dict)
    unused_params: dict[str, set] = field(default_factory=dict)   # adt -> params never used
    # Errors of item definitions (E0392), which rustc reports before any body's.
    wf_errors: list[Diagnostic] = field(default_factory=list)
    traits: object = None          # traits.TraitCx: trait impls by type (typeck/traits.py)
    # The `Self` type of trait method calls made on a bounded type parameter (expr id ->
    # the parameter): MIR's `Call.self_ty` (typeck/bounds.py).
    trait_selves: dict[int, Ty] = field(default_factory=dict)
    item_diags: int = 0            # how many leading diagnostics are item-level (shown first)
    # Closure expr id -> closures.ClosureInfo (signature, captures, kind), and the `Fn*`
    # bound of each `impl Fn..` return type by its name (typeck/closures.py).
    closures: dict = field(default_factory=dict)
    opaque_sigs: dict = field(default_factory=dict)
    str_derefs: set = field(default_factory=set)   # `&String` coerced to `&str` (coerce_unsize)
    deref_coercions: dict = field(default_factory=dict)   # `&Box<T>` as `&T` (typeck/deref.py)
    overloaded_derefs: dict = field(default_factory=dict)  # `*x` expr id -> its `deref` call
    receiver_derefs: dict = field(default_factory=dict)    # method call id -> [(derefs, call)]
    dyn_coercions: dict = field(default_factory=dict)   # expr id -> the type made `dyn Trait`
    # The trait arguments of generic trait calls made through a bound (`U::from(x)` with
    # `U: From<T>`): MIR's `Call.trait_args` (typeck/trait_calls.py).
    trait_call_args: dict[int, tuple] = field(default_factory=dict)
    # `e?` whose error converts through an impl of `From` (typeck/try_from.py): its `from`.
    try_from: dict[int, str] = field(default_factory=dict)
    # Operators on the learner's types: expr id -> op_overload.OpCall (their trait's method).
    op_calls: dict = field(default_factory=dict)
    # Each `-> impl Trait`'s hidden type by its type node (typeck/opaque.py).
    opaque_hidden: dict[int, Ty] = field(default_factory=dict)
    # `for` loops over the learner's `IntoIterator` types: loop id -> its `into_iter` call.
    for_into_iter: dict = field(default_factory=dict)
    # `write!` into a learner's `fmt::Write`: macro expr id -> its `write_str` (fmt_write.py).
    fmt_writers: dict = field(default_factory=dict)
    # `&u8 < &&u8`: comparison expr id -> derefs of its right operand (cmp_deref.py).
    cmp_rhs_derefs: dict = field(default_factory=dict)
    # `Display::fmt(&self.0, f)` / `self.0.fmt(f)`: call id -> ("" or "?", `&T`) (fmt_forward.py).
    fmt_forwards: dict = field(default_factory=dict)
    # `Clone::clone(&x)`, `Ord::cmp(&a, &b)`: call id -> its method call (std_trait_paths.py).
    trait_path_methods: dict = field(default_factory=dict)
    cross_cmp: dict = field(default_factory=dict)   # `a == b` id -> `PartialEq<R>::eq` key

    def __post_init__(self) -> None:
        self.sigs.owner = weakref.ref(self)     # (lazy_sigs.py: no cycle through `sigs`)


def typeck_crate(crate: ast.Crate, res: Resolutions) -> tuple[TypeckResults, list[Diagnostic]]:
    results = TypeckResults()
    diags: list[Diagnostic] = list(res.generic_errors)   # E0107 in types
    # Pass 1: every struct and signature, so bodies can use items defined after them.
    for name, adt in res.adts.items():
        for pname, pspan in generics.unused_params(adt):
            results.wf_errors.append(generics.e0392(pname, pspan))
            results.unused_params.setdefault(name, set()).add(pname)
        layout = AdtLayout(name, adt.kind, [f.name for f in adt.fields],
                           [_lower_ty(f.ty, res) for f in adt.fields], adt.derives,
                           generics=list(adt.generics.names))
        discr = -1
        for v in adt.variants:
            discr = _const_int(v.discriminant) if v.discriminant is not None else discr + 1
            layout.variants.append(VariantLayout(v.name, v.kind, [f.name for f in v.fields],
                                                 [_lower_ty(f.ty, res) for f in v.fields], discr))
        results.adts[name] = layout
    from .recursive_types import check as check_recursive
    results.wf_errors.extend(check_recursive(res, results))     # E0072
    if std_sig_types.usable(res):     # (std's lowered once, made when first asked for)
        std = [name for name, item in res.fns.items() if is_std_span(item.span)]
        results.sigs.pending.update(dict.fromkeys(std, lambda results, name: _fn_sig(
            res, name, res.fns[name], cached=True)))
    for name, item in res.fns.items():
        if name not in results.sigs:
            results.sigs[name] = _fn_sig(res, name, item, cached=False)
    closures.collect_opaques(res, results, diags)   # `-> impl Fn(..)` return types
    traits.collect(res, results, diags)   # trait impls: coherence and signatures
    results.wf_errors.extend(adt_bounds.check_signatures(res, results))   # `Tag<T>` in signatures
    drop_checks.e0184(res, results, diags)
    derive_cmp.check_items(res, results, diags)    # `#[derive(PartialOrd, Ord)]`
    raw_ptrs.check_derives(res, diags)             # (of a type with a `*const T` field)
    from . import derive_default
    derive_default.check_items(res, results, diags)   # `#[derive(Default)]`
    results.item_diags = len(diags)
    diags.extend(res.impl_errors)   # coherence (E0592) runs before bodies are checked
    # Crate-level constants first: associated constants may use them.
    diags.extend(consts.collect_const_types(res, results, _lower_ty, _const_fcx(res, results)))
    methods.collect_consts(res, results, diags)
    from . import array_lens        # `[u8; SIDE]` where `SIDE` is not a `usize`
    lens = array_lens.check_types(res, lambda: _FnCtxt(res, results, FnSig(
        [], UNIT, None, Span(0, 0), [], Span(0, 0))))
    diags[results.item_diags:results.item_diags] = lens      # (item-level: shown first)
    results.item_diags += len(lens)
    # Pass 2: bodies. std's are checked on demand (`check_std_body`): only those the
    # program can reach are ever lowered to MIR. (A copy: a lookup may enter one of
    # std's methods of primitive types, resolve/prim_impls.py.)
    for name, item in list(res.fns.items()):
        if item.kind.body is None:   # `fn f();`, already reported by resolve
            if not item.kind.sig.foreign:    # (an `extern` block's has none to check)
                results.bodies_with_errors.add(name)
            continue
        if is_std_span(item.span):
            continue
        fcx = _FnCtxt(res, results, traits.body_sig(results, name))
        fcx.module = res.modules.module_of.get(item.id) if res.modules is not None else None
        fcx.check_fn(item.kind)
        diags.extend(fcx.diags)
        if any(d.is_error and d.lint is None for d in fcx.diags) \
                or getattr(fcx, "tainted", False):   # a denied lint taints nothing
            results.bodies_with_errors.add(name)
        elif any(item.span.lo <= d.spans[0].span.lo < item.span.hi for d in res.generic_errors):
            results.bodies_with_errors.add(name)     # an E0107 in the body's types
    diags.extend(consts.check_const_bodies(res, results, _const_fcx(res, results)))
    return results, diags


def _fn_sig(res: Resolutions, name: str, item: ast.Item, cached: bool) -> FnSig:
    """Function `name`'s signature as its callers see it; `cached`: one of std's, whose
    types std_sig_types.py keeps."""
    assoc = "::" in name and not _module_fn(name, res)   # `Type::f`, not `a::f` of a module
    owner = res.assoc.get(name.split("::")[0], {}).get(name.split("::")[1]) if assoc else None
    self_ty_of = (lambda: methods.impl_self_ty(owner, res)) \
        if owner is not None and owner.item is item else (lambda: None)
    if cached:
        sig = std_sig_types.sig(item, res, _collect_sig, self_ty_of, res.resolver.std_verify)
    else:
        sig = _collect_sig(item.kind, res)
        sig.self_ty = self_ty_of()
    sig.generics = res.fn_generics.get(item.id)
    if assoc:
        sig.noun = "method" if item.kind.sig.self_param else "associated function"
    return sig


def check_std_body(res: Resolutions, results: TypeckResults, name: str) -> None:
    """Type-check one of std's bodies (toolchain/std), which records its types for MIR
    lowering. An error there is a bug in Ferrite's std: the driver reports it as such."""
    item = res.fns[name]
    fcx = _FnCtxt(res, results, traits.body_sig(results, name))
    fcx.check_fn(item.kind)
    errors = [d for d in fcx.diags if d.is_error]
    if errors:
        results.bodies_with_errors.add(name)
        raise RuntimeError(f"Ferrite's std does not type-check: `{name}`: {errors[0].message}")


from ..std import MODULE_PATHS as STD_MODULE_PATHS   # noqa: E402


def _module_fn(name: str, res: Resolutions) -> bool:
    """Is `name` (`a::b::f`) a function of a module rather than an associated one?"""
    prefix = name.rsplit("::", 1)[0]
    if prefix in STD_MODULE_PATHS:
        return True
    return res.modules is not None and prefix in res.modules.mod_of_key \
        and prefix not in res.adts


def _const_fcx(res: Resolutions, results: TypeckResults):
    """A checker for a `const`/`static` initialiser: a body without parameters."""
    def new(ty: Ty, item: ast.Item) -> "_FnCtxt":
        k = item.kind
        sig = FnSig([], ty, k.ty.span if k.ty is not None else None, k.ident.span, [], item.span)
        return _FnCtxt(res, results, sig)
    return new


def _lower_ty(t: ast.Ty | None, res: Resolutions) -> Ty:
    if t is None:
        return UNIT
    k = t.kind
    if isinstance(k, ast.TyPath):
        r = res.types.get(t.id)
        if r is not None and r.kind == "adt":
            seg = k.path.segments[-1]
            if seg.args is not None:   # `Pair<i32>` (resolve checked the count)
                from .const_args import lower_arg     # (`Grid<3, W>`: a const argument)
                return Ty("adt", r.target, tuple(lower_arg(a, res, _lower_ty) for a in seg.args.args
                                                 if not isinstance(a, ast.Lifetime)))   # (regions erased)
            return Ty("adt", r.target)
        if r is not None and r.kind in ("param", "const_param"):
            return Ty("param", r.target[0], id=r.target[1])
        if r is not None and r.kind == "self_ty":   # `Self` in an impl: its self type
            return _lower_ty(r.target, res)
        if r is not None and r.kind in ("alias", "self_param", "std_ty", "proj"):
            return traits.lower_res(r, res)
        if r is not None and r.kind == "ty_alias":   # `type Grid = ..;` (typeck/ty_aliases.py)
            from .ty_aliases import lower
            return lower(t, r.target, res)
        return PRIMITIVES[r.target] if r is not None and r.kind == "prim" else ERROR
    if isinstance(k, ast.TyRef):
        return ref(_lower_ty(k.ty, res), k.mutable)
    if isinstance(k, ast.TyPtr):                      # `*const u8` (typeck/raw_ptrs.py)
        return Ty("ptr", args=(_lower_ty(k.ty, res),), mutable=k.mutable)
    if isinstance(k, ast.TyTuple):
        return Ty("tuple", args=tuple(_lower_ty(el, res) for el in k.elems))
    if isinstance(k, ast.TyParen):
        return _lower_ty(k.ty, res)
    if isinstance(k, ast.TyNever):
        return NEVER
    if isinstance(k, ast.TyImplTrait) and t.id in res.types and res.types[t.id].kind == "opaque":
        return closures.opaque_ty(t, res)                      # `-> impl Fn(..)`
    if isinstance(k, ast.TyImplTrait) and t.id in res.types \
            and res.types[t.id].kind in ("opaque_ret", "err"):
        return opaque.lower(t, res)                            # `-> impl Iterator<..>`
    if isinstance(k, ast.TyImplTrait) and t.id in res.types:   # `impl Fn(..)` parameter
        return Ty("param", res.types[t.id].target[0], id=res.types[t.id].target[1])
    if isinstance(k, ast.TySlice):
        from ..types import slice_ty
        return slice_ty(_lower_ty(k.elem, res))
    if isinstance(k, ast.TyArray):
        from ..types import array
        from .array_lens import value
        if k.len.id in res.param_lens:          # `[T; N]` (resolve/const_params.py)
            from .array_lens import param_length
            return param_length(_lower_ty(k.elem, res), res.param_lens[k.len.id])
        return array(_lower_ty(k.elem, res), value(k.len, res))
    if isinstance(k, ast.TyTraitObject) and t.id in res.types and res.types[t.id].kind == "dyn":
        if res.types[t.id].target in ("Fn", "FnMut", "FnOnce"):
            from . import dyn_fn                      # `dyn Fn(i32) -> i32`
            return dyn_fn.lower(k, res)
        return Ty("dyn", res.types[t.id].target,      # `dyn Trait` (typeck/dyn_coerce.py)
                  id=res.dyn_autos.get(t.id, -1))     # (`+ Send + Sync`: resolve/dyn_types.py)
    if isinstance(k, ast.TyFn):                       # `fn(i32) -> i32` (typeck/fn_ptr.py)
        return Ty("fnptr", args=(Ty("tuple", args=tuple(_lower_ty(p, res) for p in k.params)),
                                 _lower_ty(k.ret, res)))
    if isinstance(k, ast.TyInfer) and t.id in res.types:
        from .holes import HOLE
        return HOLE                                   # `_` in a body (typeck/holes.py)
    return ERROR


def _collect_sig(f: ast.Fn, res: Resolutions) -> FnSig:
    return FnSig(params=methods.self_param_tys(f, res) + [_lower_ty(p.ty, res) for p in f.sig.params],
                 ret=_lower_ty(f.sig.ret, res),
                 ret_span=f.sig.ret.span if f.sig.ret is not None else None,
                 name_span=f.ident.span,
                 # rustc points at the `self` of `&self` in its notes
                 param_spans=([Span(f.sig.self_param.span.hi - 4, f.sig.self_param.span.hi)]
                              if f.sig.self_param else [])
                 # (a foreign function's parameters are bare names in rustc's HIR)
                 + [p.pat.span if f.sig.foreign else p.span for p in f.sig.params],
                 sig_span=f.sig.span, variadic=f.sig.variadic)


@dataclass
class _Loop:
    kind: str                      # "loop" | "while"
    break_ty: Ty | None            # for `loop`: the type every `break value` coerces to
    has_break: bool = False
    break_cause: "Decorate | None" = None   # why the loop has an expected type
    keyword: str = "while"                   # for E0571: `while` or `for`
    header: Span | None = None               # `while cond` / `for pat in iter`; a block: all of it
    target: int = -1                         # the loop's (or labelled block's) expr id
    first_break: Span | None = None          # without an expected type: the first `break v`
    has_expectation: bool = True


Decorate = Callable[[Diagnostic], None]

# std's collections rustc orders lexicographically (`a < b` of two `BTreeSet`s).
_ORDERED_STD_COLLECTIONS = frozenset({"BTreeSet", "BTreeMap", "VecDeque", "LinkedList"})

_STATEMENT_LIKE = (ast.ExprCall, ast.ExprMethodCall, ast.ExprLoop, ast.ExprIf, ast.ExprMatch,
                   ast.ExprBlock)
_ARITH = {"+": "add", "-": "subtract", "*": "multiply", "/": "divide", "%": "calculate the remainder of"}
_CMP = {"==", "!=", "<", "<=", ">", ">="}


class _FnCtxt:
    def __init__(self, res: Resolutions, results: TypeckResults, sig: FnSig):
        self.res = res
        self.results = results
        self.sig = sig
        self.infer = InferTable()
        projection.attach(self)      # `<T as Trait>::Item` (typeck/projection.py)
        bivariance.attach(self)      # a struct's unused parameters (typeck/bivariance.py)
        self.diags: list[Diagnostic] = []
        self.types: dict[int, Ty] = {}
        self.local_types: dict[int, Ty] = {}
        self.loops: list[_Loop] = []
        # Post-inference checks, once integer variables are resolved.
        # literal, its value (negated if under `-`), the expression shown (the negation)
        self.int_lits: list[tuple[ast.Expr, int, ast.Expr]] = []
        self.negations: list[ast.Expr] = []
        self.casts: list[tuple[ast.Expr, Ty, Ty]] = []
        self.pat_tuple_fields: dict[int, list[int]] = {}
        self.origin: tuple[Span, Ty] | None = None   # the expression a pattern destructures
        self.loop_cause: Decorate | None = None   # set by `let x: T = loop {..}` for its loop
        # Where each binding's type came from (assign_origin), and the last mismatch's types.
        self.binding_origins: dict[int, tuple] = {}
        self.assign_rhs: int | None = None   # the right side of the `=` being checked
        self.else_if: int | None = None      # the `if` of the `else if` being checked
        self.mismatch_types: tuple = ()
        self.coerce_cause: Decorate | None = None  # the cause of the coercion being checked
        self.array_empties: list[tuple[ast.Expr, Ty]] = []   # `[]` and its element type
        self.array_lets: dict[int, ast.StmtLet] = {}         # init expr id -> its `let`
        self.uninit_lets: list[tuple[ast.Pat, Ty]] = []   # `let x;` without a type
        self.ty_span: tuple | None = None   # the `let` being checked: (its type's span, init id)
        self.bind_mode = "move"            # the default binding mode of the pattern being checked
        # Inference variables standing for generic arguments (see generics.fresh), and
        # the arguments of generic method calls (expr id -> args).
        self.generic_vars: list[tuple] = []
        self.method_args: dict[int, tuple] = {}
        self.bound_obligations: list = []   # trait bounds of called functions (typeck/bounds.py)

    # -- entry --------------------------------------------------------------------------
    def check_fn(self, f: ast.Fn) -> None:
        self.cur_fn = f      # (typeck/traits.py: `Self` in a trait's default method)
        if self.sig.ret.kind == "opaque":
            opaque.open_body(self)      # `-> impl Iterator<..>`: its hidden type
        params = self.sig.params
        if f.sig.self_param is not None:
            self.local_types[f.sig.self_param.id] = params[0]
            params = params[1:]
        for p, t in zip(f.sig.params, params):
            self.check_pat(p.pat, t)
            assign_origin.record(self, p.pat, p.ty.span, " parameter type")
        body = f.body
        assert body is not None
        ret = self.sig.ret
        self.is_main = f.ident.name == "main"
        ty = self.check_block(body, ret, self._return_cause if self.sig.ret_span is not None
                              else self._default_return_cause)
        if not self._tail(body) and not self.infer.shallow(ty).is_never:
            if not self.coerce(ty, ret):
                self._report_implicit_unit(f, body)
        self._finish()
        # (rustc reports these while building the closures' MIR, after the body's own)
        self.diags.extend(self.__dict__.pop("closure_pat_errors", ()))
        self.release()

    def release(self) -> None:
        """The body is checked: drop the hooks that point back at this checker, so that
        it is freed when its caller lets go of it, not by the cyclic collector (every
        `_FnCtxt` ends with this, a constant's too)."""
        self.infer.normalize = None
        self.coerce_cause = None

    def _default_return_cause(self, d: Diagnostic) -> None:
        """The cause of a tail's coercion to an implicit `()` return type (see mismatch)."""

    def _return_cause(self, d: Diagnostic) -> None:
        if "opaque_ret_var" in self.__dict__ and opaque.return_cause(self, d):
            return
        if self.sig.ret_span is not None:
            ret = self.infer.resolve(self.sig.ret)
            text = f"`{self._ret_written()}`" if self._ret_written() is not None else \
                describe(ret) if ret.kind != 'param' else f'`{ret.name}`'
            if ret.kind == "adt" and self._ret_written() is None:   # (`std::cmp::Ordering`)
                text = f"`{display(ret, untrimmed=True)}`"
            d.secondary(self.sig.ret_span, f"expected {text} because of return type")

    def _ret_written(self) -> str | None:
        """The return type as written when it names a `'static` lifetime, which rustc
        prints and Ferrite's types do not carry."""
        src = self.res.source
        if src is None or self.sig.ret_span is None:
            return None
        text = src.snippet(self.sig.ret_span)
        return text if "'static" in text else None

    def _report_implicit_unit(self, f: ast.Fn, body: ast.Block) -> None:
        ret = self.infer.resolve(self.sig.ret)
        span = self.sig.ret_span or f.ident.span
        d = Diagnostic.error("mismatched types", span,
                             f"expected {describe(ret)}, found `()`", code="E0308")
        d.secondary(f.ident.span,
                    "implicitly returns `()` as its body has no tail or `return` expression")
        last = body.stmts[-1] if body.stmts else None
        if last is not None and isinstance(last.kind, ast.StmtExpr) and last.kind.semi:
            t = self.types.get(last.kind.expr.id)
            if t is not None and self.infer.unify(self.infer.resolve(t), ret):
                semi = ast_semi_span(last)
                from ..diagnostics.model import Suggestion
                d.help("remove this semicolon to return this value", semi,
                       suggestions=[Suggestion(semi, "", "MachineApplicable", "HideCodeInline")])
        self.diags.append(d)

    def _finish(self) -> None:
        self.walk_end = len(self.diags)    # (the body walk's errors: bounds._report_at_call)
        if "opaque_ret_var" in self.__dict__:
            opaque.finish(self)
        if "trait_pending" in self.__dict__:   # generic traits' calls (trait_calls.py)
            trait_calls.finish(self)
        if "repeat_later" in self.__dict__:   # `[None; N]`: `Option<?T>: Copy` decided later
            arrays.check_repeats_later(self)
        if "fmt_later" in self.__dict__:      # formatting a projection decided later
            trait_calls.check_fmt_later(self, _implements_fmt)
        if self.infer.pending:
            projection.check_deferred(self)
        if "box_error_later" in self.__dict__:   # `?` into `Box<dyn Error>` (box_error.py)
            from .box_error import finish as finish_box_errors
            finish_box_errors(self)
        if getattr(self, "closure_infos", None):
            closures.finish(self)
        if {"collection_calls", "collection_lookups", "collection_writes"} & self.__dict__.keys():
            from .collection_bounds import check as check_collections   # (std::collections)
            check_collections(self)
        if "impl_bound_calls" in self.__dict__:   # a generic impl's bounds (impl_bounds.py)
            from .impl_bounds import check as check_impl_bounds
            check_impl_bounds(self)
        if self.bound_obligations:
            from . import bounds
            bounds.check_obligations(self)
        for x in self.__dict__.get("diverging_vars", ()):
            if self.infer.shallow(x).kind == "var":     # rustc's diverging fallback
                self.infer.unify(x, Ty("tuple"))
        arrays.report_unresolved_empties(self, self.array_lets)
        if not any(d.is_error for d in self.diags):
            self.diags.extend(uninferred_lets(self.uninit_lets, self.infer))
        if self.generic_vars and not any(d.is_error for d in self.diags) \
                and not self.res.generic_errors:     # (rustc's tainted-by-errors)
            generics.report_uninferred(self, [(k.pat, k.init) for k in self.array_lets.values()])
        for eid, args in self.method_args.items():
            self.results.generic_args[eid] = tuple(self.infer.fallback(a) for a in args)
        if "deref_records" in self.__dict__:       # `Deref` calls' impl arguments
            from .deref import finish as finish_derefs
            finish_derefs(self)
        tainted = any(d.is_error for d in self.diags)
        for e, t, target in self.casts:
            src = self.infer.resolve(t)
            if src.kind == "var" and tainted:
                continue   # an unknown type after an error: rustc stays silent (tainted body)
            target = self.infer.resolve(target)
            if holes.undecided_cast(self, e, target, tainted):
                continue   # `x as _` that nothing decides (typeck/holes.py)
            if not tainted and src.kind != "var":
                src = self.infer.fallback(src)   # (rustc checks casts after fallback)
            d = check_cast(e, src, target, self)
            if d is not None:
                self.diags.append(d)
        for eid, t in self.types.items():
            self.results.expr_types[eid] = self.infer.fallback(t)
        for pid, t in self.local_types.items():
            self.results.local_types[pid] = self.infer.fallback(t)
        if getattr(self, "closure_infos", None):
            closures.record(self)
        self.results.pat_tuple_fields.update(self.pat_tuple_fields)
        for e, value, shown in self.int_lits:
            t = self.results.expr_types.get(e.id)
            if t is None or not t.is_int or (value < 0 and not t.is_signed):
                continue   # (a negated unsigned literal is E0600's, below)
            from ..syntax.printer import expr_to_string
            from .literals import overflowing_literal
            # The level (and its note) comes from the session's lint context.
            d = overflowing_literal(t, value, shown.span, expr_to_string(shown))
            if d is not None:
                d.lint = "overflowing_literals"
                self.diags.append(d)
        for e in self.negations:
            t = self.results.expr_types.get(e.id)
            if t is not None and t.is_int and not t.is_signed:
                d = Diagnostic.error(f"cannot apply unary operator `-` to type `{t.name}`",
                                     e.span, "cannot apply unary operator `-`", code="E0600")
                d.note("unsigned values cannot be negated")
                inner = e.kind.expr
                if isinstance(inner.kind, ast.ExprLit) and inner.kind.lit.kind == "int" \
                        and inner.kind.lit.value == 1:
                    from ..diagnostics.model import Suggestion
                    # (`-1 as u32` becomes `u32::MAX` as a whole)
                    at = self.__dict__.get("cast_of", {}).get(e.id, e).span
                    d.help(f"you may have meant the maximum value of `{t.name}`",
                           suggestions=[Suggestion(at, f"{t.name}::MAX", "MaybeIncorrect",
                                                   "ShowAlways")])
                self.diags.append(d)

    # -- helpers ------------------------------------------------------------------------
    def record(self, e: ast.Expr, t: Ty) -> Ty:
        self.types[e.id] = t
        self.last_recorded = e     # what a coercion of `t` right after applies to
        return t

    def coerce(self, found: Ty, expected: Ty) -> bool:
        """Coercion at a coercion site: `!` becomes anything; otherwise the types unify."""
        if self.infer.shallow(found).is_never:
            x = self.infer.shallow(expected)
            if x.kind == "var":     # a diverging variable: falls back to `()` (below)
                self.__dict__.setdefault("diverging_vars", []).append(x)
            return True
        if closures.coerce_opaque(self, found, expected):   # `-> impl Fn..`'s hidden closure
            return True
        if "opaque_ret_var" in self.__dict__ and expected == self.sig.ret:
            found = opaque.settle(self, found)   # (the hidden type so far meets its `Item = ..`)
        from .fn_ptr import coerce as fn_ptr_coerce
        ok = fn_ptr_coerce(self, found, expected)   # a fn item or closure to `fn(..)`
        if ok is not None:
            return ok
        from .coerce_unsize import coerce as unsize
        ok = unsize(self, found, expected)
        if ok is not None:
            return ok
        from .dyn_coerce import coerce as dyn_coerce
        ok = dyn_coerce(self, found, expected)      # `&T` to `&dyn Trait`
        if ok is not None:
            return ok
        from .deref import coerce as deref_coerce
        ok = deref_coerce(self, found, expected)
        if ok is not None:
            return ok
        ok = refs.coerce_ref(self, found, expected)
        return self.infer.unify(found, expected) if ok is None else ok

    def _structurally_unknown(self, span: Span) -> None:
        """E0282 where the type must be known here (a field access); rustc's
        `structurally_resolve_type` stays silent once the body has errors."""
        if not any(d.is_error for d in self.diags):
            self.diags.append(Diagnostic.error("type annotations needed", span, code="E0282"))

    def mismatch(self, span: Span, expected: Ty, found: Ty, decorate: Decorate | None = None,
                 message: str = "mismatched types", expr: ast.Expr | None = None,
                 other: ast.Expr | None = None) -> None:
        exp, fnd = self.infer.resolve(expected), self.infer.resolve(found)
        if exp.references_error or fnd.references_error \
                or closures.mismatch_unsupported(self, span, exp, fnd) \
                or raw_ptrs.mismatch_unsupported(self, span, exp, fnd):
            return     # (`&{type error}`: rustc's `references_error` silences it too)
        d = Diagnostic.error(message, span, f"expected {describe(exp)}, found {describe(fnd)}",
                             code="E0308")
        from .mismatch_helps import decorate_mismatch, fn_call_help
        if not arrays.array_mismatch_label(d, exp, fnd):
            decorate_mismatch(self, d, span, exp, fnd, expr)
            from .const_args import first_const_difference
            pair = first_const_difference(exp, fnd) if exp.kind == "adt" else None
            if pair is not None:         # `Stack<4>` against `Stack<3>`
                d.spans[0].label = f"expected `{pair[0].name}`, found `{pair[1].name}`"
        if decorate is not None:
            self.mismatch_types = (exp, fnd)   # read by decorations that depend on the types
            decorate(d)
        if exp.kind == "param" and _is_cause(decorate, self._return_cause):
            generics.caller_chooses(d, exp, fnd)
        if _is_cause(decorate, self._default_return_cause):
            from .mismatch_helps import default_return
            default_return(self, d, fnd, self.is_main)
        fn_call_help(self, d, exp, fnd, expr)
        from .variant_wrap import help as variant_wrap_help
        variant_wrap_help(self, d, exp, fnd, expr)     # "try wrapping the expression in `Some`"
        if exp.is_float and fnd.is_int and expr is not None:
            int_to_float_help(d, exp, fnd, expr)
        elif exp.is_float and fnd.is_float:
            float_conversion_help(d, span, exp, fnd, expr, expr is not None
                                  and expr.id == self.assign_rhs)
        elif exp.is_int and fnd.is_int:
            # rustc offers no conversion when the expected type is an assignment's
            # left side (`suggest_cast`'s `exp_is_lhs`).
            if expr is None or expr.id != self.assign_rhs:
                if not literal_suffix_help(d, expr, exp):
                    int_conversion_help(d, span, exp, fnd, other, expr)
        elif expr is not None and unwrap_help(self, d, exp, fnd, expr):
            pass
        elif expr is not None and box_new_help(self, d, exp, fnd, expr):
            pass
        elif expr is not None and refs.mismatch_help(
                self, d, expr, exp, fnd,
                self.ty_span[0] if self.ty_span and self.ty_span[1] == expr.id else None):
            pass
        elif expr is not None and remove_b_help(d, expr, exp):   # `b"abc"` for a `&str`
            pass
        elif expr is not None:
            quote_help(d, expr, exp, fnd)
            float_literal_help(d, expr, exp, fnd)
        self.diags.append(d)

    def check_coerce(self, e: ast.Expr, expected: Ty, decorate: Decorate | None = None) -> Ty:
        """Check `e` against `expected` at a coercion site, reporting E0308 at the
        innermost expression that produced the mismatching value."""
        inner = _value_expr(e)
        if inner is e and isinstance(e.kind, ast.ExprBlock) and not e.kind.block.unsafe \
                and e.kind.label is None:
            # A block without a value: rustc reports the whole block (coerce_forced_unit),
            # without the caller's cause.
            t = self.record(e, self.check_block(e.kind.block, expected))
            if not self.coerce(t, expected):
                from .mismatch_helps import block_without_tail
                block_without_tail(self, e.kind.block, expected)
            return t
        if inner is not e and isinstance(e.kind, ast.ExprBlock):
            t = self.check_block(e.kind.block, expected, decorate)
            self.record(e, t)
            if not self._tail(e.kind.block) and not self.infer.shallow(t).is_never \
                    and not self.coerce(t, expected):
                self.mismatch(e.span, expected, t, decorate)
            return t
        self.coerce_cause = decorate   # read by `if` without `else` (E0317)
        t = self.check_expr(e, expected)
        if not self.coerce(t, expected):
            self.mismatch(e.span, expected, t, decorate, expr=e)
        else:
            refs.note_reborrow(self, e, t, expected)
        return t

    @staticmethod
    def _tail(b: ast.Block) -> ast.Expr | None:
        if b.stmts:
            last = b.stmts[-1].kind
            if isinstance(last, ast.StmtExpr) and not last.semi:
                return last.expr
        return None

    # -- blocks and statements ---------------------------------------------------------
    def check_block(self, b: ast.Block, expected: Ty | None,
                    decorate: Decorate | None = None) -> Ty:
        """The block's type. With an expectation, its tail is coerced to it (errors
        reported at the tail, decorated by the caller's cause)."""
        tail = self._tail(b)
        diverges = False
        for s in b.stmts:
            if tail is not None and s is b.stmts[-1]:
                break
            if self.check_stmt(s):
                diverges = True
        if tail is not None:
            if expected is not None:
                t = self.check_coerce(tail, expected, self._tail_cause(tail, expected, decorate))
            else:
                t = self.check_expr(tail, None)
            return t
        return NEVER if diverges else UNIT

    def _tail_cause(self, tail: ast.Expr, expected: Ty, decorate: Decorate | None) -> Decorate | None:
        """A block tail's coercion cause: the caller's, after rustc's semicolon help."""
        if not isinstance(tail.kind, _STATEMENT_LIKE):
            return decorate

        def cause(d: Diagnostic) -> None:
            if d.spans and d.spans[0].span == tail.span:
                from .mismatch_helps import semicolon_help
                semicolon_help(self, d, tail, expected)
            if decorate is not None:
                decorate(d)
        cause.inner = decorate
        return cause

    def check_stmt(self, s: ast.Stmt) -> bool:
        """Check a statement; True when it diverges."""
        k = s.kind
        if isinstance(k, ast.StmtLet) and k.init is None:
            # `let x;` / `let x: T;`: the type comes from the annotation or from the
            # later assignments (E0282 at the end if nothing decides it).
            declared = holes.fill(self, _lower_ty(k.ty, self.res)) if k.ty is not None \
                else self.infer.new_var()
            adt_bounds.written_ty(self, k.ty, declared)
            self.check_pat(k.pat, declared)
            assign_origin.record(self, k.pat, k.ty.span if k.ty is not None else k.pat.span,
                                 " type" if k.ty is not None else "")
            if k.ty is None:
                self.uninit_lets.append((k.pat, declared))
            return False
        if isinstance(k, ast.StmtLet):
            if k.ty is not None:
                declared = holes.fill(self, _lower_ty(k.ty, self.res))
                adt_bounds.written_ty(self, k.ty, declared)
                ty_span = k.ty.span
                if isinstance(k.init.kind, ast.ExprLoop):
                    self.loop_cause = _let_loop_cause(k.pat.span, k.init.span, declared, self.infer)
                self.ty_span = (ty_span, k.init.id)   # for "consider changing the type annotation"
                t = self.check_coerce(k.init, declared,
                                      lambda d: (d.secondary(ty_span, "expected due to this"),
                                                 arrays.let_len_help(d, k.ty)))
                self.ty_span = None
                self.check_pat(k.pat, declared)
                assign_origin.record(self, k.pat, ty_span, " type")
            else:
                self.array_lets[k.init.id] = k
                t = self.check_expr(k.init, None)
                self.origin = (k.init.span, t)
                self.check_pat(k.pat, t)
                self.origin = None
                assign_origin.record(self, k.pat, k.init.span, " value")
            thread_spawn.note_let(self, k)
            if k.else_ is not None:
                let_forms.check_let_else(self, k.else_)
            if "improvable" in self.__dict__:     # (typeck/select_infer.py)
                select_infer.improve_all(self)
            return self.infer.shallow(t).is_never
        if isinstance(k, ast.StmtExpr):
            if k.semi:
                t = self.check_expr(k.expr, None)
            else:
                # A block-like expression statement without `;` must be `()`.
                t = self.check_coerce(k.expr, UNIT)
            return self.infer.shallow(t).is_never
        return False

    # -- expressions -------------------------------------------------------------------
    def check_expr(self, e: ast.Expr, expected: Ty | None) -> Ty:
        return self.record(e, self._expr(e, expected))

    def _expr(self, e: ast.Expr, expected: Ty | None) -> Ty:
        k = e.kind
        if isinstance(k, ast.ExprLit):
            return self.lit(e, k.lit, expected)
        if isinstance(k, ast.ExprPath):
            r = self.res.values.get(e.id, Res("err"))
            if r.kind == "local":
                return self.local_types.get(r.target, ERROR)
            if r.kind == "fn":
                return generics.fn_item(self, e, r.target)
            if r.kind in ("const", "static"):
                return consts.path_type(self, e, r)
            if r.kind == "const_param":          # `N` of `<const N: usize>`
                from ..types import PRIMITIVES
                return PRIMITIVES[r.target[2]]
            if r.kind in ("ctor", "variant_ctor") and e.id in self.res.__dict__.get("ctor_values", ()):
                from . import fn_items      # a constructor used as a value (`.map(Some)`)
                return fn_items.ctor_value(self, e, r, expected)
            if r.kind == "ctor":
                return Ty("ctor", r.target, generics.adt_args(self, e, r.target, k.path.segments[0]))
            if r.kind == "prim_const":
                return PRIM_CONSTS[r.target][1]
            if r.kind == "unit_struct":
                got = generics.adt_ty(self, e, r.target, k.path.segments[0])
                adt_bounds.unit_path(self, e, got, None)
                return got
            if r.kind == "variant":
                got = generics.adt_ty(self, e, r.target[0], generics.type_seg(k.path))
                adt_bounds.unit_path(self, e, got, r.target)
                return got
            if r.kind == "variant_ctor":
                return Ty("variant_ctor", f"{r.target[0]}::{r.target[1]}",
                          generics.adt_args(self, e, r.target[0], generics.type_seg(k.path)))
            if r.kind == "assoc":     # (`Vec::new` for `FnOnce() -> V`: `V` now, fn_items.py)
                from .fn_items import eager_output
                return eager_output(self, methods.assoc_path(self, e, r.target, expected), expected)
            if r.kind in traits.PATH_KINDS:
                return traits.path_type(self, e, r, expected)
            if r.kind == "param_item":     # `T::CONST` (typeck/self_consts.py)
                from .self_consts import param_path
                return param_path(self, e, r)
            if r.kind == "prim_assoc_missing":
                ty, name = r.target
                self.diags.append(Diagnostic.error(
                    f"no associated item named `{name}` found for type `{ty}` in the current scope",
                    k.path.segments[1].ident.span, f"associated item not found in `{ty}`",
                    code="E0599"))
            return ERROR
        if isinstance(k, ast.ExprParen):
            return self.check_expr(k.expr, expected)
        if isinstance(k, ast.ExprUnary) and k.op == "*":
            return refs.deref(self, e, k)
        if isinstance(k, ast.ExprAddrOf):
            return refs.addr_of(self, e, k, expected)
        if isinstance(k, ast.ExprUnary):
            return self.unary(e, k, expected)
        if isinstance(k, ast.ExprBinary):
            return self.binary(e, k, expected)
        if isinstance(k, ast.ExprAssign):
            if expected is not None and self.infer.shallow(expected) == BOOL:
                from .mismatch_helps import assign_expected_bool
                assign_expected_bool(self, e, k)
                return ERROR
            lt = self.check_expr(k.lhs, None)
            if "map_index" in self.results.__dict__:   # `map[k] = v` (collection_index.py)
                collection_index.mark_write(self, e, k.lhs)
            if self.results.overloaded_derefs:     # `*x = v` through `DerefMut`
                from .deref import mark_write
                mark_write(self, e, k.lhs)
            if "index_derefs" in self.results.__dict__:     # `w[i] = v` through `DerefMut`
                from .index_deref import mark_write as index_write
                index_write(self, k.lhs)
            if check_lhs_assignable(self, k.lhs, "E0070", k.eq_span):
                self.assign_rhs = k.rhs.id
                self.check_coerce(k.rhs, lt, assign_origin.decorator(self, k.lhs))
                self.assign_rhs = None
            else:
                self.check_expr(k.rhs, lt)   # rustc drops the mismatch of an invalid assignment
            return UNIT
        if isinstance(k, ast.ExprAssignOp):
            lt = self.check_expr(k.lhs, None)
            if "map_index" in self.results.__dict__:   # `map[k] = v` (collection_index.py)
                collection_index.mark_write(self, e, k.lhs)
            if self.results.overloaded_derefs:     # `*x += v` through `DerefMut`
                from .deref import mark_write
                mark_write(self, e, k.lhs)
            if "index_derefs" in self.results.__dict__:     # `w[i] = v` through `DerefMut`
                from .index_deref import mark_write as index_write
                index_write(self, k.lhs)
            if op_overload.overloadable(self, lt):    # `p += q`: `AddAssign::add_assign`
                got = op_overload.binary(self, e, k.op, k.op_span, k.lhs, k.rhs, lt, assign=True)
                if got is not None:
                    check_lhs_assignable(self, k.lhs, "E0067", k.op_span)
                    return got
            rt = self.check_expr(k.rhs, None if k.op in SHIFTS else lt)
            if k.op in BIT_OPS:
                check_lhs_assignable(self, k.lhs, "E0067", k.op_span)
                check_bit_operands(self, e, k.op, k.op_span, k.lhs, k.rhs, lt, rt, assign=True)
                return UNIT
            # rustc reports the operator's missing impl later (a pending obligation).
            check_lhs_assignable(self, k.lhs, "E0067", k.op_span)
            self.arith_operands(e, k.op, k.op_span, k.lhs, k.rhs, lt, rt, assign=True)
            return UNIT
        if isinstance(k, ast.ExprCall):
            return self.call(e, k, expected)
        if isinstance(k, ast.ExprBlock):
            if k.label is not None:
                return labelled_block(self, e, k, expected, _Loop)
            return self.check_block(k.block, expected)
        if isinstance(k, ast.ExprIf):
            return self.if_(e, k, expected)
        if isinstance(k, ast.ExprWhile):
            let_forms.check_cond(self, k.cond)
            self.loops.append(_Loop("while", None, header=Span(e.span.lo, k.cond.span.hi),
                                    target=e.id))
            self.check_block(k.body, UNIT)
            self.loops.pop()
            return UNIT
        if isinstance(k, ast.ExprMatch):
            return self.match(e, k, expected)
        if isinstance(k, ast.ExprForLoop) and not arrays.is_range(k.iter):
            return arrays.check_for_array(self, e, k)
        if isinstance(k, ast.ExprForLoop):
            rng = k.iter
            while isinstance(rng.kind, ast.ExprParen):
                rng = rng.kind.expr
            lo = self.check_expr(rng.kind.lo, None)
            hi = self.check_expr(rng.kind.hi, lo)
            if not self.infer.unify(lo, hi):
                self.mismatch(rng.kind.hi.span, lo, hi, expr=rng.kind.hi)
            elem = self.infer.shallow(lo)
            if elem.kind in ("char", "float", "floatvar"):    # the range's `Iterator` (ranges.py)
                from . import ranges
                return ranges.for_char_range(self, e, k, elem)
            if elem.kind not in ("int", "intvar", "error"):
                self.diags.append(unsupported(rng.span, f"ranges of `{display(self.infer.resolve(elem))}`"))
            self.check_pat(k.pat, lo)
            self.loops.append(_Loop("while", None, keyword="for",
                                    header=Span(e.span.lo, k.iter.span.hi), target=e.id))
            self.check_block(k.body, UNIT)
            self.loops.pop()
            return UNIT
        if isinstance(k, ast.ExprRange):      # a range as a value (ranges.py)
            from . import ranges
            return ranges.check(self, e, k, expected)
        if isinstance(k, ast.ExprLoop):
            lp = _Loop("loop", expected if expected is not None else self.infer.new_var(),
                       break_cause=self.loop_cause, target=e.id,
                       has_expectation=expected is not None)
            self.loop_cause = None
            self.loops.append(lp)
            self.check_block(k.body, UNIT)
            self.loops.pop()
            return lp.break_ty if lp.has_break else NEVER
        if isinstance(k, ast.ExprBreak):
            return self.break_(e, k)
        if isinstance(k, ast.ExprContinue):
            break_target(self, e, k.label, "continue")
            return NEVER
        if isinstance(k, ast.ExprReturn):
            if k.value is not None:
                self.check_coerce(k.value, self.sig.ret, self._return_cause)
            elif not self.infer.unify(self.sig.ret, UNIT):
                from .mismatch_helps import bare_return
                bare_return(self, e)
            return NEVER
        if isinstance(k, ast.ExprBuiltinMacro) and k.name in ("vec", "format"):
            from .collection_macros import check
            return check(self, e, k, expected)
        if isinstance(k, ast.ExprBuiltinMacro):
            return self.builtin_macro(e, k)
        if isinstance(k, ast.ExprFormatArgs):
            self.format_args(k)
            return UNIT
        if isinstance(k, ast.ExprTuple):
            exp = self.infer.shallow(expected) if expected is not None else None
            if exp is not None and exp.kind == "tuple" and len(exp.args) != len(k.elems):
                # rustc coerces the elements that have an expected type, whatever the
                # arity (`(i32, i32, {integer})` against `(i32, i32)`).
                elems = []
                for i, el in enumerate(k.elems):
                    if i < len(exp.args):
                        self.check_coerce(el, exp.args[i])
                        elems.append(exp.args[i])
                    else:
                        elems.append(self.check_expr(el, None))
                return Ty("tuple", args=tuple(elems))
            if exp is not None and exp.kind == "tuple":
                # Each element is a coercion site for its expected type (errors there).
                for el, x in zip(k.elems, exp.args):
                    self.check_coerce(el, x)
                return Ty("tuple", args=exp.args)
            return Ty("tuple", args=tuple(self.check_expr(el, None) for el in k.elems))
        if isinstance(k, ast.ExprField):
            return methods.field(self, e, k)
        if isinstance(k, ast.ExprStruct):
            return self.struct_lit(e, k)
        if isinstance(k, ast.ExprMethodCall):
            method_expected.note(self, e, expected)   # (std's methods' arguments)
            if "index_derefs" in self.results.__dict__:   # `w[0].push(x)` through `DerefMut`
                from .index_deref import method_call
                return method_call(self, e, k)
            return methods.method_call(self, e, k)
        if isinstance(k, (ast.ExprArray, ast.ExprRepeat)):
            return arrays.check_array(self, e, k, expected)
        if isinstance(k, ast.ExprIndex):
            return arrays.check_index(self, e, k)
        if isinstance(k, ast.ExprTry):
            return try_op.check_try(self, e, k)
        if isinstance(k, ast.ExprCast):
            target = holes.fill(self, _lower_ty(k.ty, self.res))
            from .dyn_coerce import cast as dyn_cast
            if dyn_cast(self, e, k, target):     # `x as Box<dyn Trait>`: an unsizing coercion
                return target
            from .cast_errors import literal_expectation    # (`65 as char` is a `u8`)
            t = self.check_expr(k.expr, literal_expectation(k.expr, self.infer.shallow(target)))
            from .fn_ptr import cast as fn_ptr_cast
            if fn_ptr_cast(self, e, t, target):   # `inc as fn(i32) -> i32`: a coercion
                return target
            from .cast_errors import ref_coercion_cast
            if ref_coercion_cast(self, t, target):   # `&s as &str`: a coercion
                return target
            # rustc checks casts once the body's other obligations are solved, before
            # literal fallback (so an unsuffixed literal still shows as `{integer}`).
            self.casts.append((e, t, target))
            self.__dict__.setdefault("cast_of", {})[k.expr.id] = e   # (E0600's `u32::MAX`)
            return target
        if isinstance(k, ast.ExprClosure):
            return closures.check_closure(self, e, k, expected)
        return ERROR

    def match(self, e: ast.Expr, k: ast.ExprMatch, expected: Ty | None) -> Ty:
        st = self.check_expr(k.scrutinee, None)
        merged: Ty | None = None
        prior: list[tuple[Span, Ty]] = []
        failed = False
        # rustc does not coerce the arms to an expected `()`, so that a `match`
        # statement's arms may agree on any type (the whole `match` is then checked).
        if expected is not None and self.infer.shallow(expected).is_unit:
            expected = None
        from .dyn_coerce import is_object_pointer
        # Arms expected to be a `Box<dyn Trait>`/`&dyn Trait` are each unsized to it
        # (rustc's CoerceMany), so `Box<A>` and `Box<B>` arms agree.
        unsize = expected is not None and (is_object_pointer(self, expected)
                                           or _deref_target(self, expected))
        for arm in k.arms:
            self.origin = (k.scrutinee.span, st)
            self.check_pat(arm.pat, st)
            self.origin = None
            if arm.guard is not None:
                self.check_coerce(arm.guard, BOOL)
            if unsize:
                t = self.check_expr(arm.body, expected)
                if self.infer.shallow(t).is_never:
                    continue
                value_span = _branch_value_span(arm.body)
                if not self.coerce(t, expected) and not failed:
                    failed = True
                    self._arm_mismatch(e, value_span, expected, t, list(prior), arm.body)
                merged = expected
                prior.append((value_span, expected))
                continue
            t = self.check_expr(arm.body, expected)
            if self.infer.shallow(t).is_never:
                continue
            value_span = _branch_value_span(arm.body)
            if merged is None:
                merged = t
            elif not failed and fn_ptr.arm_lub(self, merged, t) is not None:
                merged = fn_ptr.arm_lub(self, merged, t)    # two fn items: their pointer
            elif not failed and not self.infer.unify(merged, t):
                failed = True
                priors = list(prior)

                def decorate(d: Diagnostic, priors=priors) -> None:
                    for span, pt in priors:
                        d.secondary(span, f"this is found to be of type "
                                          f"{describe(self.infer.resolve(pt))}")
                    d.secondary(e.span, "`match` arms have incompatible types")
                self.mismatch(value_span, merged, t, decorate,
                              message="`match` arms have incompatible types")
            prior.append((value_span, t))
        if failed:
            return ERROR
        return merged if merged is not None else NEVER

    def _arm_mismatch(self, e: ast.Expr, span: Span, merged: Ty, t: Ty, priors: list,
                      body: ast.Expr | None = None) -> None:
        """E0308 for an arm that does not agree with the arms before it (a plain
        mismatch when it is the first arm)."""
        if not priors:
            self.mismatch(span, merged, t, expr=body)
            return

        from .mismatch_helps import expected_string

        def decorate(d: Diagnostic) -> None:
            for pspan, pt in priors:     # (a trait object's box shows its `'static`)
                d.secondary(pspan, f"this is found to be of type "
                                   f"`{expected_string(self, self.infer.resolve(pt))}`")
            d.secondary(e.span, "`match` arms have incompatible types")
        self.mismatch(span, merged, t, decorate, expr=body,
                      message="`match` arms have incompatible types")

    def struct_lit(self, e: ast.Expr, k: ast.ExprStruct) -> Ty:
        r = self.res.values.get(e.id)
        if r is None or r.kind not in ("adt", "variant"):
            for f in k.fields:
                self.check_expr(f.expr, None)
            return ERROR
        if r.kind == "variant":
            enum, idx = r.target
            adt = self.results.adts[enum].variants[idx]
            ty = generics.adt_ty(self, e, enum, generics.type_seg(k.path), from_path=False)
            adt_name = f"{enum}::{adt.name}"
        else:
            adt = self.results.adts[r.target]
            ty = generics.adt_ty(self, e, adt.name, k.path.segments[0], from_path=False)
            adt_name = adt.name
        field_tys = generics.field_tys(adt.tys, ty)
        if ty.args:     # `struct Tag<T: Display>`'s bounds (adt_bounds.py)
            adt_bounds.struct_lit(self, e, k, ty, adt.names, adt.tys)
        seen: set[str] = set()
        unknown_field = False
        for f in k.fields:
            name = f.ident.name
            if name not in adt.names:
                self.check_expr(f.expr, None)
                what = "variant" if r.kind == "variant" else "struct"
                d = Diagnostic.error(f"{what} `{adt_name}` has no field named `{name}`", f.ident.span,
                                     f"`{adt_name}` does not have this field", code="E0560")
                rest = [n for n in adt.names if n not in {g.ident.name for g in k.fields}]
                unknown_field = True
                from ..resolve.suggest import find_best_match
                best = find_best_match(rest, name)
                if best is not None:
                    from ..diagnostics.model import Suggestion
                    d.spans[0].label = "unknown field"
                    d.help("a field with a similar name exists",
                           suggestions=[Suggestion(f.ident.span, best, "MaybeIncorrect", "ShowAlways")])
                elif rest:
                    d.note(field_errors.available_fields(rest))
                else:
                    d.note("all struct fields are already assigned")
                self.diags.append(d)
                continue
            seen.add(name)
            self.check_coerce(f.expr, field_tys[adt.names.index(name)])
        if k.base is not None:
            self.check_coerce(k.base, ty)
        elif not unknown_field:   # rustc reports missing fields only when all named ones exist
            missing = [n for n in adt.names if n not in seen]
            if missing:
                names = _join_names(missing)
                d = Diagnostic.error(f"missing field{'s' if len(missing) > 1 else ''} {names} "
                                     f"in initializer of `{adt_name}`", k.path.span,
                                     f"missing {names}", code="E0063")
                self.diags.append(d)
        return ty

    def clone_call(self, e: ast.Expr, k: ast.ExprMethodCall, t: Ty | None = None) -> Ty:
        t = self.infer.resolve(self.check_expr(k.receiver, None)) if t is None else t
        if t.is_error or self.is_clone(t):
            return t
        d = Diagnostic.error(f"no method named `clone` found for {methods.kind_noun(t, self.res)} `{display(t)}` "
                             "in the current scope", k.segment.ident.span,
                             f"method not found in `{display(t)}`", code="E0599")
        if t.kind == "adt":
            d.secondary(self.res.adts[t.name].header,
                        f"method `clone` not found for this {methods.kind_noun(t, self.res)}")
        d.help("items from traits can only be used if the trait is implemented and in scope")
        d.note("the following trait defines an item `clone`, perhaps you need to implement it:\n"
               "candidate #1: `Clone`")
        self.diags.append(d)
        return ERROR

    def is_copy(self, t: Ty) -> bool:
        g = self.sig.generics if self.sig is not None else None
        return is_copy(self.infer.resolve(t), self.results.adts,
                       g.copy_params() if g is not None else frozenset())

    def is_clone(self, t: Ty) -> bool:
        from .rc_errors import std_clone
        got = std_clone(self.res, t, self.is_copy if t.name == "Cell" else self.is_clone)
        if got is not None:
            return got
        if t.kind == "adt":
            # A derive bounds each type parameter by the trait (`T: Clone`).
            if "Clone" in self.results.adts[t.name].derives:
                return all(self.is_clone(self.infer.resolve(a)) for a in t.args)
            # (std's written impls: `impl<B: ?Sized + ToOwned> Clone for Cow<'_, B>`)
            from ..std import is_std_span
            return t.name == "Cow" and is_std_span(self.res.adts[t.name].span)
        if t.kind == "tuple":
            return all(self.is_clone(a) for a in t.args)
        if t.kind == "array":
            return self.is_clone(t.args[0])
        if t.kind == "param":     # `T: Clone` (or `T: Copy`, whose supertrait it is)
            from .bounds import has_bound
            return has_bound(self, t, "Clone") or has_bound(self, t, "Copy")
        return self.is_copy(t)

    def field(self, e: ast.Expr, k: ast.ExprField, base: Ty | None = None) -> Ty:
        base = self.infer.resolve(self.check_expr(k.expr, None)) if base is None else base
        if base.is_error:
            return ERROR
        name = k.ident.name
        if base.kind == "adt":
            adt = self.results.adts[base.name]
            if adt.kind != "enum" and name in adt.names:
                if privacy.private_field(self, k, base.name):
                    return ERROR
                return generics.field_tys(adt.tys, base)[adt.names.index(name)]
            return field_errors.report(self, e, k, base)
        if base.kind == "tuple" and name.isdigit() and int(name) < len(base.args):
            return base.args[int(name)]
        if base.kind == "var":
            self._structurally_unknown(k.expr.span)
            return ERROR
        return field_errors.report(self, e, k, base)     # (E0615, E0610, E0609)

    # -- patterns ------------------------------------------------------------------------
    def check_pat(self, p: ast.Pat, expected: Ty) -> None:
        k = p.kind
        if isinstance(k, ast.PatIdent) and p.id in self.res.values:
            consts.check_const_pat(self, p, self.res.values[p.id], expected)
            return
        if isinstance(k, (ast.PatIdent, ast.PatRef) + refs._PEELING) \
                and refs.check_pat(self, p, expected):
            if isinstance(k, ast.PatIdent) and p.id in self.res.binding_canon:
                let_forms.or_binding(self, p, k.ident, self.res.binding_canon[p.id],
                                     self.local_types.get(p.id, expected))
            return
        if isinstance(k, ast.PatIdent):
            self.local_types[p.id] = expected
            from .slicing import refuse_unsized
            refuse_unsized(self, p, expected)
            if p.id in self.res.binding_canon:
                let_forms.or_binding(self, p, k.ident, self.res.binding_canon[p.id], expected)
            if k.sub is not None:
                self.check_pat(k.sub, expected)
        elif isinstance(k, ast.PatWild):
            pass
        elif isinstance(k, ast.PatLit):
            self.pat_expr(k.expr, expected)
        elif isinstance(k, ast.PatRange):
            for end in (k.lo, k.hi):
                if end is not None:
                    self.pat_expr(end, expected)
            t = self.infer.shallow(expected)
            if t.kind not in ("int", "intvar", "char", "float", "floatvar", "error", "var"):
                self.diags.append(unsupported(p.span, f"range patterns on `{display(self.infer.resolve(t))}`"))
        elif isinstance(k, ast.PatOr):
            for alt in k.alts:
                self.check_pat(alt, expected)
        elif isinstance(k, (ast.PatStruct, ast.PatTupleStruct, ast.PatPath)):
            self.struct_pat(p, k, expected)
        elif isinstance(k, ast.PatParen):
            self.check_pat(k.pat, expected)
        elif isinstance(k, ast.PatSlice):
            arrays.check_slice_pat(self, p, k, expected)
        elif isinstance(k, ast.PatTuple):
            elems = k.elems
            rest = [i for i, el in enumerate(elems) if isinstance(el.kind, ast.PatRest)]
            t = self.infer.shallow(expected)
            n = len(elems) - len(rest)
            if t.kind == "tuple" and (len(t.args) == n or (rest and len(t.args) >= n)):
                types = list(t.args)
            elif t.kind == "var":
                types = [self.infer.new_var() for _ in range(n)]
                self.infer.unify(t, Ty("tuple", args=tuple(types)))
            else:
                if not t.is_error:
                    self._tuple_pat_mismatch(p, t, n)
                types = [ERROR] * max(n, len(t.args) if t.kind == "tuple" else 0)
            self.pat_tuple_fields[p.id] = _tuple_pat_indices(elems, len(types))
            for el, i in zip([el for el in elems if not isinstance(el.kind, ast.PatRest)],
                             self.pat_tuple_fields[p.id]):
                self.check_pat(el, types[i] if i < len(types) else ERROR)

    def struct_pat(self, p: ast.Pat, k, expected: Ty) -> None:
        r = self.res.values.get(p.id)
        if r is None or r.kind not in ("adt", "variant"):
            return
        if r.kind == "variant":
            adt = self.results.adts[r.target[0]].variants[r.target[1]]
            ty = Ty("adt", r.target[0], tuple(self.infer.new_var() for _ in
                                              self.results.adts[r.target[0]].generics))
        else:
            adt = self.results.adts[r.target]
            ty = Ty("adt", adt.name, tuple(self.infer.new_var() for _ in adt.generics))
        if not self.infer.unify(expected, ty):
            origin = self.origin

            def decorate(d: Diagnostic) -> None:
                if isinstance(k, ast.PatPath):
                    from .unit_pats import unit_path_labels
                    unit_path_labels(d, self.res, r, p, k)
                if origin is not None:
                    d.secondary(origin[0], "this expression has type "
                                f"`{display(self.infer.resolve(origin[1]))}`")
            self.mismatch(p.span, expected, ty, decorate)
        indices: list[int] = []
        if isinstance(k, ast.PatStruct):
            inexistent = []
            for f in k.fields:
                name = f.ident.name
                if name not in adt.names:
                    inexistent.append(f)
                    indices.append(-1)
                    continue
                i = adt.names.index(name)
                indices.append(i)
                self.check_pat(f.pat, generics.field_tys(adt.tys, ty)[i])
            missing = [n for n in adt.names if n not in {f.ident.name for f in k.fields}]
            if inexistent:
                kind, path = ("variant", f"{r.target[0]}::{adt.name}") if r.kind == "variant" \
                    else ("struct", adt.name)
                self.diags.append(struct_pat_fields.e0026(kind, path, inexistent, missing))
            if missing and not k.rest:
                self.diags.append(struct_pat_fields.e0027(p, k, missing))
        elif isinstance(k, ast.PatTupleStruct):
            subs = [el for el in k.elems if not isinstance(el.kind, ast.PatRest)]
            has_rest = len(subs) != len(k.elems)
            if len(subs) != len(adt.tys) and not (has_rest and len(subs) <= len(adt.tys)):
                if r.kind == "variant":
                    d = self.res.adts[r.target[0]].variants[r.target[1]]
                    noun = "tuple variant"
                else:
                    d = self.res.adts[r.target]
                    noun = "tuple struct"
                if d.kind != "tuple":
                    # rustc's E0532 (a resolve error, with similar-name suggestions).
                    self.diags.append(unsupported(p.span, "a tuple pattern for a unit or "
                                                          "struct-like item"))
                    return
                self.diags.append(pat_arity.e0023(p, subs, [f.span for f in d.fields], d.span,
                                                  noun))
                return
            indices = _tuple_pat_indices(k.elems, len(adt.tys))
            tys = generics.field_tys(adt.tys, ty)
            for el, i in zip(subs, indices):
                self.check_pat(el, tys[i])
        self.pat_tuple_fields[p.id] = indices

    def pat_expr(self, e: ast.Expr, expected: Ty) -> None:
        """A literal or constant in a pattern: it must have the scrutinee's type."""
        t = self.check_expr(e, expected)
        if not self.infer.unify(t, expected):
            origin = self.origin

            def decorate(d: Diagnostic) -> None:
                if origin is not None:
                    d.secondary(origin[0], "this expression has type "
                                f"`{display(self.infer.resolve(origin[1]))}`")
            self.mismatch(e.span, expected, t, decorate)

    def _tuple_pat_mismatch(self, p: ast.Pat, t: Ty, n: int) -> None:
        found = "one" if n == 1 else n
        if t.kind == "tuple":
            label = (f"expected a tuple with {len(t.args)} element{'s' if len(t.args) != 1 else ''}, "
                     f"found one with {n} element{'s' if n != 1 else ''}")
        else:
            label = f"expected {describe(self.infer.resolve(t))}, found `({', '.join(['_'] * n)}{',' if n == 1 else ''})`"
        d = Diagnostic.error("mismatched types", p.span, label, code="E0308")
        if self.origin is not None:
            d.secondary(self.origin[0],
                        f"this expression has type `{display(self.infer.resolve(self.origin[1]))}`")
        d.note(f"expected {_type_noun(t)} `{display(self.infer.resolve(t))}`\n"
               f"   found tuple `({', '.join(['_'] * n)}{',' if n == 1 else ''})`")
        self.diags.append(d)

    def lit(self, e: ast.Expr, lit: ast.Lit, expected: Ty | None,
            negated: ast.Expr | None = None) -> Ty:
        if lit.kind == "int":
            if lit.suffix:
                t = int_ty(lit.suffix)
            elif expected is not None and self.infer.shallow(expected) == CHAR:
                t = int_ty("u8")   # rustc's `check_lit`: a number where a `char` is expected
            else:
                t = self.infer.new_int_var()
                if expected is not None and self.infer.shallow(expected).is_int:
                    self.infer.unify(t, expected)
            self.int_lits.append((e, -lit.value if negated else lit.value, negated or e))
            return t
        if lit.kind == "float":
            if lit.suffix:
                return float_ty(lit.suffix)
            t = self.infer.new_float_var()
            if expected is not None and self.infer.shallow(expected).is_float:
                self.infer.unify(t, expected)
            return t
        if lit.kind == "bool":
            return BOOL
        if lit.kind == "char":
            return CHAR
        if lit.kind == "str":
            return STR_REF
        if lit.kind == "byte":        # `b'a'`: a `u8`
            return int_ty("u8")
        if lit.kind == "bytestr":     # `b"abc"`: a `&'static [u8; 3]`
            from ..types import array
            return ref(array(int_ty("u8"), len(lit.value or b"")))
        return ERROR

    def unary(self, e: ast.Expr, k: ast.ExprUnary, expected: Ty | None) -> Ty:
        if k.op == "-":
            inner, parens = k.expr, []
            while isinstance(inner.kind, ast.ExprParen):   # `-(129)` is a negative literal too
                parens.append(inner)
                inner = inner.kind.expr
            if isinstance(inner.kind, ast.ExprLit) and inner.kind.lit.kind == "int":
                t = self.record(inner, self.lit(inner, inner.kind.lit, expected, negated=e))
                for p in parens:
                    self.record(p, t)
            elif parens:
                t = self.check_expr(k.expr, expected)
            else:
                t = self.check_expr(inner, expected)
            st = t = refs.unary_peel(self.infer.resolve(t))
            if st.is_int or st.kind == "intvar":
                self.negations.append(e)
                return t
            if st.is_float or st.kind == "floatvar":
                return t
            if st.is_error:
                return ERROR
            if op_overload.overloadable(self, st):    # `Neg::neg(x)`
                got = op_overload.unary(self, e, "-", st)
                if got is not None:
                    return got
            d = Diagnostic.error(f"cannot apply unary operator `-` to type `{display(self.infer.resolve(st))}`",
                                 e.span, "cannot apply unary operator `-`", code="E0600")
            op_traits.explain_missing_impl(self, d, st, "Neg")
            self.diags.append(d)
            return ERROR
        # `!`
        t = self.check_expr(k.expr, expected)
        st = t = refs.unary_peel(self.infer.resolve(t))
        if st.kind in ("bool", "int", "intvar", "error"):
            return t
        if op_overload.overloadable(self, st):    # `Not::not(x)`
            got = op_overload.unary(self, e, "!", st)
            if got is not None:
                return got
        d = Diagnostic.error(
            f"cannot apply unary operator `!` to type `{display(self.infer.resolve(st))}`",
            e.span, "cannot apply unary operator `!`", code="E0600")
        op_traits.explain_missing_impl(self, d, st, "Not")
        self.diags.append(d)
        return ERROR

    def binary(self, e: ast.Expr, k: ast.ExprBinary, expected: Ty | None) -> Ty:
        op = k.op
        if op in ("&&", "||"):
            self.check_coerce(k.lhs, BOOL)
            self.check_coerce(k.rhs, BOOL)
            return BOOL
        lt = self.check_expr(k.lhs, None)
        if op not in _CMP and op_overload.overloadable(self, lt):    # `Add::add(a, b)`
            got = op_overload.binary(self, e, op, k.op_span, k.lhs, k.rhs, lt, assign=False)
            if got is not None:
                return got
        # A shift's right operand is any integer type, not the left one's.
        # rustc checks the right operand against a fresh variable; passing the left type
        # down only helps literals, and a `char` must not make a number literal `u8`.
        rt = self.check_expr(k.rhs, None if op in SHIFTS or (
            op in BIT_OPS and not self.infer.shallow(lt).is_int)
            or (self.infer.shallow(lt) == CHAR and op not in _CMP) else lt)
        if op in BIT_OPS:
            return check_bit_operands(self, e, op, k.op_span, k.lhs, k.rhs, lt, rt, assign=False)
        if op in _CMP:
            a = self.infer.shallow(lt)
            if a.is_error or self.infer.shallow(rt).is_error:
                return BOOL
            if a.kind == "array" and arrays.compare_lengths_differ(self, k, lt, rt):
                return BOOL
            from .string_ops import compare as string_compare
            if string_compare(self, lt, rt):      # `String == &str` and the like
                return BOOL
            from .seq_cmp import compare as seq_compare
            if seq_compare(self, op, lt, rt):     # `&[u8] == &[u8; 3]`, `v == [1, 2]`
                return BOOL
            from .string_ops import refuse_cow_compare
            if refuse_cow_compare(self, e, lt, rt):
                return BOOL
            from .cmp_deref import accept as cmp_deref_accept
            if cmp_deref_accept(self, e, op, lt, rt):      # `&u8 < &&u8`: rhs auto-deref'd
                return BOOL
            from .cross_cmp import compare as cross_compare
            if cross_compare(self, e, k, op, lt, rt):     # `impl PartialEq<Celsius> for F`
                return BOOL
            if not self.infer.unify(lt, rt):
                if refs.compare_mismatch(self, e, k, lt, rt):
                    return BOOL
                from .str_cmp_errors import compare as str_cmp_error
                if str_cmp_error(self, k, lt, rt):      # `"abc" == b"abc"`: E0277
                    return BOOL
                lhs_ty = self.infer.resolve(lt)
                if lhs_ty.kind in ("intvar", "floatvar"):
                    # No impl is selected for a literal's type: E0277, and E0308 when both
                    # sides are scalars (rustc's built-in operator check). Recorded order:
                    # the E0308 first for a concrete right type, last for a literal's.
                    rhs_ty = self.infer.resolve(rt)
                    cmp = op_traits.compare_unimplemented(op, k.op_span, lhs_ty, rhs_ty)
                    if rhs_ty.kind in ("int", "float", "bool", "char", "intvar", "floatvar"):
                        mm = Diagnostic.error("mismatched types", k.rhs.span,
                                              f"expected {describe(lhs_ty)}, found "
                                              f"{describe(rhs_ty)}", code="E0308")
                        self.diags += [cmp, mm] if rhs_ty.is_infer else [mm, cmp]
                    else:
                        self.diags.append(cmp)
                    return BOOL

                def decorate(d: Diagnostic) -> None:
                    d.secondary(k.lhs.span, f"expected because this is `{display(lhs_ty)}`")
                self.mismatch(k.rhs.span, lt, rt, decorate, expr=k.rhs, other=k.lhs)
                return BOOL
            a = refs.comparable_peel(self.infer.resolve(lt))
            if a.kind == "param":
                from .generics import param_binop
                param_binop(self, k, a, self.infer.resolve(lt))
                return BOOL
            if a.kind == "adt" and op in ("==", "!=") and a.args \
                    and "PartialEq" in self.results.adts[a.name].derives:
                from .generics import derived_for_args
                derived_for_args(self, e, a, "PartialEq")
                return BOOL
            if a.kind == "adt" and op in ("==", "!="):
                if "PartialEq" in self.results.adts[a.name].derives:
                    return BOOL
                self.diags.append(op_traits.no_compare_impl(self, k, a, "PartialEq"))
                return BOOL
            if a.kind == "array":
                return arrays.check_compare(self, e, k, a)
            if _comparable(a):
                return BOOL
            from .cmp_tuples import comparable as tuple_comparable
            if tuple_comparable(self, a, op):     # `(i32, Name)`: element by element
                return BOOL
            from .cmp_missing import compare as missing_compare
            if a.kind == "tuple" and missing_compare(self, k, a):    # `(i32, Token)`: E0369
                return BOOL
            if a.kind == "adt" and a.name in _ORDERED_STD_COLLECTIONS:
                # (rustc's `PartialOrd` for these compares their elements in order: not
                # modelled, and an E0369 would be false)
                self.diags.append(unsupported(e.span, f"ordering values of type `{display(a)}`"))
                return BOOL
            if a.kind == "adt" and "PartialOrd" not in self.results.adts[a.name].derives \
                    and user_ord.generic_impl(self, e, a):   # (`impl<T: PartialOrd> .. for Rev<T>`)
                return BOOL
            if a.kind == "adt" and "PartialOrd" not in self.results.adts[a.name].derives:
                self.diags.append(op_traits.no_compare_impl(self, k, a, "PartialOrd"))
                return BOOL
            if user_ord.own(self.results, a):
                return BOOL      # `partial_cmp` by hand: MIR calls it (mir/build_ord.py)
            if a.kind == "adt" and derive_cmp.ordered(self.results, a, "PartialOrd"):
                return BOOL      # a derived ordering: the machine's structural comparison
            self.diags.append(unsupported(e.span, f"comparing values of type `{display(a)}`"))
            return BOOL
        return self.arith_operands(e, op, k.op_span, k.lhs, k.rhs, lt, rt, assign=False,
                                   expected=expected)

    def arith_operands(self, e: ast.Expr, op: str, op_span: Span, lhs: ast.Expr, rhs: ast.Expr,
                       lt: Ty, rt: Ty, assign: bool, expected: Ty | None = None) -> Ty:
        from .string_ops import add as string_add       # `String + &str`
        got = string_add(self, e, op, self.infer.shallow(lt), rhs, rt, assign)
        if got is not None:
            return got
        a, b = self.infer.shallow(lt), self.infer.shallow(rt)
        a, b = refs.resolve_ref(self, a), refs.resolve_ref(self, b)   # `&I::Item`: `&i32`
        a, b = (a if assign else refs.arith_peel(a)), self.infer.shallow(refs.arith_peel(b))
        if a.kind == "var" or b.kind == "var":    # closure parameters not known yet (`|x| x + 1`)
            a, b = closures.unknown_operands(self, a, b, e)
            if a.kind == "var":
                return a
        if a.is_error or b.is_error:
            return ERROR
        ints, floats = ("int", "intvar"), ("float", "floatvar")
        numeric = ints + floats
        if (a.kind in ints and b.kind in ints) or (a.kind in floats and b.kind in floats):
            if not self.infer.unify(a, b):
                # rustc: the operands of a built-in operator must agree (E0308, without
                # conversion helps), and then `Add<B>` is not implemented for `A`.
                ra, rb = self.infer.resolve(a), self.infer.resolve(b)
                self.diags.append(Diagnostic.error("mismatched types", rhs.span,
                                                   f"expected {describe(ra)}, found {describe(rb)}",
                                                   code="E0308"))
                from .op_traits import arith_unimplemented
                self.diags.append(op_traits.assign_unimplemented(op, op_span, ra, rb) if assign
                                  else arith_unimplemented(op, op_span, rhs, ra, rb))
                return ERROR
            return a
        if assign and op in _ARITH and a.kind in numeric:
            # A number's `*Assign` impls take only its own type (and a reference to it).
            self.diags.append(op_traits.assign_unimplemented(op, op_span, self.infer.resolve(a),
                                                             self.infer.resolve(b)))
            return ERROR
        if not assign and op in _ARITH and a.kind in numeric and b.kind in numeric:
            from .op_traits import arith_unimplemented
            self.diags.append(arith_unimplemented(op, op_span, rhs, self.infer.resolve(a),
                                                  self.infer.resolve(b)))
            return ERROR
        ra, rb = self.infer.resolve(a), self.infer.resolve(b)
        if assign:
            msg = f"binary assignment operation `{op}=` cannot be applied to type `{display(ra)}`"
            d = Diagnostic.error(msg, e.span, code="E0368")
            # rustc labels the assigned place, not the whole expression.
            d.secondary(lhs.span, f"cannot use `{op}=` on type `{display(ra)}`")
        else:
            verb = _ARITH.get(op, "apply")
            msg = f"cannot {verb} `{display(rb)}` to `{display(ra)}`" if op == "+" else \
                f"cannot {verb} `{display(rb)}` from `{display(ra)}`" if op == "-" else \
                f"cannot {verb} `{display(ra)}` divided by `{display(rb)}`" if op == "%" else \
                f"cannot {verb} `{display(ra)}` by `{display(rb)}`" if op in ("*", "/") else \
                f"no implementation for `{display(ra)} {op} {display(rb)}`"
            if rb.kind == "adt" and (ra.is_int or ra.is_float or ra.kind in ("intvar", "floatvar")):
                # A number has the operator's trait, just not for this right-hand type.
                self.diags.append(op_traits.numeric_lhs(self, op, msg, op_span, ra, rb))
                return ERROR
            d = Diagnostic.error(msg, op_span, code="E0369")
            d.secondary(lhs.span, display(ra))
            d.secondary(rhs.span, display(rb))
            if op == "+" and op_traits.str_concat_help(d, op_span, lhs, ra, rb):
                self.diags.append(d)
                return ERROR
        trait = op_traits.BINARY_TRAITS.get(op)
        if trait is not None:
            op_traits.explain_missing_impl(self, d, ra, trait + ("Assign" if assign else ""), rb)
            if ra.kind == "param" and ra == rb and not assign:
                generics.restrict_help(self, d, ra, trait, f"std::ops::{trait}<Output = {ra.name}>")
            elif not assign:     # `x * 2` with `x: T` (typeck/param_op_help.py)
                from .param_op_help import rhs_help
                rhs_help(self, d, ra, rb, trait, expected)
        self.diags.append(d)
        return ERROR

    def call(self, e: ast.Expr, k: ast.ExprCall, call_expected: Ty | None = None) -> Ty:
        """`call_expected`: the call's expected type (typeck/dyn_fn.py `arg_hint`)."""
        from . import expected_inputs
        from . import default_calls     # `Default::default()` (typeck/default_calls.py)
        if default_calls.is_default_call(self, k):
            return default_calls.call(self, e, k)
        if traits.is_trait_call(self, k):
            return traits.call(self, e, k)
        if trait_calls.is_path_call(self, k):   # `Fahrenheit::from(c)` (trait_calls.py)
            return trait_calls.path_call(self, e, k)
        ft = self.check_expr(k.func, None)
        if ft.kind == "fndef" and ft.name == thread_spawn.KEY:
            thread_spawn.note_call(self, e, k)
        if ft.is_error:
            for a in k.args:
                self.check_expr(a, None)
            return ERROR
        if ft.kind == "fndef" and ft.name == default_calls.KEY:     # `String::default()`
            return default_calls.path_call(self, k, ft)
        if ft.kind == "ctor":
            adt = self.results.adts[ft.name]
            sig = FnSig(generics.field_tys(adt.tys, ft), Ty("adt", adt.name, ft.args), None,
                        self.res.adts[adt.name].header,
                        [f.span for f in self.res.adts[adt.name].fields], self.res.adts[adt.name].header)
            from .ctor_sigs import as_ctor     # rustc's wording for a constructor's call
            sig = as_ctor(self, sig, self.res.adts[adt.name].ident_span, "tuple struct", "struct")
        elif ft.kind == "variant_ctor":
            enum, idx = ft.name.rsplit("::", 1)
            v = self.results.adts[enum].variants[int(idx)]
            vi = self.res.adts[enum].variants[int(idx)]
            sig = FnSig(generics.field_tys(v.tys, ft), Ty("adt", enum, ft.args), None,
                        vi.ident_span, [f.span for f in vi.fields], vi.span)
            from .ctor_sigs import as_ctor
            sig = as_ctor(self, sig, vi.ident_span, "tuple variant", "enum variant")
        elif ft.kind != "fndef":
            return closures.check_call(self, e, k, self.infer.shallow(ft))
        else:
            sig = generics.instantiate_sig(self.results.sigs[ft.name], ft.args)
            if sig.noun == "method":      # rustc: "this function takes", "method defined here"
                from dataclasses import replace
                sig = replace(sig, called_as="function")
        if ft.args:    # an undecided argument is reported at the whole call (E0282)
            generics.retarget(self, k.func, e)
        if ft.args and ft.kind != "fndef":    # a constructor's own bounds (adt_bounds.py)
            adt_bounds.ctor_call(self, e, k, ft)
        if ft.kind == "fndef" and collection_bounds.is_from(ft.name):   # `HashMap::from([..])`
            return collection_bounds.from_call(self, e, k, ft, sig)
        if ft.args and ft.kind == "fndef":
            from . import bounds
            bounds.register(self, e, k, ft)
        if ft.kind == "fndef" and ft.name in cmp_fns.ORD_FNS:   # `T: Ord` of `std::cmp::max`
            cmp_fns.register(self, e, k, ft)
        if len(k.args) < len(sig.params) or (len(k.args) > len(sig.params) and not sig.variadic):
            self._arity_error(e, k, ft.name, sig)
            return sig.ret
        # Arguments are checked against their parameters first; a single misfit is an
        # ordinary E0308, several are reported together (rustc's `report_arg_errors`).
        found: list[Ty] = []
        bad: list[int] = []
        from .expected_inputs import expected_params, certain_misfit   # `Wrapper(true)` for `Wrapper<u8>`
        implied = expected_params(self, sig.params, sig.ret, call_expected)
        for i, (a, pt) in enumerate(zip(k.args, sig.params)):
            if isinstance(a.kind, (ast.ExprBlock, ast.ExprIf)):
                found.append(self.check_coerce(a, pt, self._arg_cause(k.func.span, sig, i)))
                continue
            hint = dyn_fn.arg_hint(self, a, pt, sig.ret, call_expected) if call_expected else None
            if call_expected is not None and hint is None:   # `Some(f)` for `Option<fn(..)>`
                from .fn_ptr import arg_hint as fn_ptr_hint
                fn_ptr_hint(self, pt, sig.ret, call_expected)
            if hint is None and call_expected is not None and isinstance(a.kind, ast.ExprCall):
                hint = expected_inputs.expected_input(self, pt, sig.ret, call_expected)
            t = self.check_expr(a, hint or pt)
            if implied[i] is not None and certain_misfit(self, t, implied[i]):
                self.infer.unify(pt, implied[i])    # (rustc checks it against that type)
            found.append(t)
            # (`Some(s)` expected as `Option<&str>`: `s` coerced first, expected_inputs.py)
            if not (call_expected is not None and expected_inputs.coerce_arg(
                    self, t, pt, sig.ret, call_expected)) and not self.coerce(t, pt):
                bad.append(i)
            else:
                refs.note_reborrow(self, a, t, pt)   # `f(r)` reborrows a `&mut` `r`
            if ft.args and self.bound_obligations:   # `I: Iterator<Item = T>` decides `T`
                projection.settle_eqs(self)
        if sig.variadic:      # `printf(fmt, n)`: the arguments past the declared ones
            from .variadic_args import check_extra
            check_extra(self, k.args[len(sig.params):])
        if len(bad) == 1:
            i = bad[0]
            from .arg_return_help import wrap    # `T` decided by this argument
            from .generic_arg_labels import wrap as generic_labels   # `T` of two arguments
            self.mismatch(k.args[i].span, sig.params[i], found[i],
                          wrap(self, generic_labels(self, self._arg_cause(k.func.span, sig, i),
                                                    k, ft, sig, i, found), e, k, ft, i, found[i]),
                          expr=k.args[i])
        elif bad:
            from .arg_errors import report_arg_errors
            report_arg_errors(self, e, k, sig, found, bad)
        return sig.ret

    def _arg_cause(self, callee_span: Span, sig: FnSig, i: int) -> Decorate:
        def decorate(d: Diagnostic) -> None:
            d.secondary(callee_span, f"arguments to this {sig.called_as or sig.noun.split()[-1]} "
                        "are incorrect")
            note = Diagnostic("note", f"{sig.noun} defined here")
            d.children.append(note)
            place_note(d, note, sig)
            note.secondary(sig.param_spans[i], "")
        return decorate

    def _arity_error(self, e: ast.Expr, k: ast.ExprCall, name: str, sig: FnSig) -> None:
        """E0061 with rustc's labels on the missing or extra arguments and its fix."""
        from ..diagnostics.model import Suggestion
        from ..syntax.printer import expr_to_string
        n, m = len(sig.params), len(k.args)
        plural = lambda c, w: f"{c} {w}" + ("" if c == 1 else "s")
        d = Diagnostic.error(f"this {sig.called_as or sig.noun.split()[-1]} takes "
                             f"{'at least ' if sig.variadic else ''}{plural(n, 'argument')} but "
                             f"{plural(m, 'argument')} {'was' if m == 1 else 'were'} supplied",
                             k.func.span, code="E0060" if sig.variadic else "E0061")
        self.diags.append(d)
        note = Diagnostic("note", f"{sig.noun} defined here")
        d.children.append(note)
        place_note(d, note, sig)
        args_span = Span(k.func.span.hi, e.span.hi)      # `(a, b)`
        arg_types = [self.infer.resolve(self.check_expr(a, None)) for a in k.args]
        if m < n and n - m == 1:
            missing = self.infer.resolve(sig.params[m])
            d.secondary(args_span, f"argument #{m + 1} of type `{display(missing)}` is missing")
            note.secondary(sig.param_spans[m], "")
            text = "(" + ", ".join([expr_to_string(a) for a in k.args]
                                   + [f"/* {display(missing)} */"]) + ")"
            d.help("provide the argument",
                   suggestions=[Suggestion(args_span, text, "HasPlaceholders", "ShowAlways")])
        elif m > n and all(self.infer.unify(t, p) for t, p in zip(arg_types, sig.params)):
            for i in range(n, m):
                a = k.args[i]
                t = "&'static str" if _is_str_lit(a) else display(arg_types[i])
                num = f" #{i + 1}" if n > 0 else ""
                d.secondary(a.span, f"unexpected argument{num} of type `{t}`")
            text = "(" + ", ".join(expr_to_string(a) for a in k.args[:n]) + ")"
            d.help(f"remove the extra argument{'s' if m - n > 1 else ''}",
                   suggestions=[Suggestion(args_span, text, "MachineApplicable", "ShowAlways")])

    def if_(self, e: ast.Expr, k: ast.ExprIf, expected: Ty | None) -> Ty:
        cause = self.coerce_cause if expected is not None else None
        let_forms.check_cond(self, k.cond)
        if k.else_ is None:
            then_ty = self.infer.resolve(self.check_block(k.then, expected))
            if then_ty.is_unit or then_ty.is_never or then_ty.is_error \
                    or (then_ty.kind == "var"):
                self.infer.unify(then_ty, UNIT)
                return UNIT
            # A value-producing `if` whose missing `else` would be `()`.
            d = Diagnostic.error("`if` may be missing an `else` clause", e.span,
                                 f"expected {describe(then_ty)}, found `()`", code="E0317")
            if _is_cause(cause, self._return_cause) and self.sig.ret_span is not None \
                    and self.else_if != e.id:
                # rustc prints the return type as written (`&'static str`), and only for
                # the body's own tail `if`, not an `else if` inside it.
                written = self._ret_written() or display(self.infer.resolve(self.sig.ret))
                d.secondary(self.sig.ret_span, f"expected `{written}` because of this return type")
            else:
                tail = self._tail(k.then)
                if tail is not None:
                    d.secondary(tail.span, "found here")
            d.note("`if` expressions without `else` evaluate to `()`")
            d.help("consider adding an `else` block that evaluates to the expected type")
            self.diags.append(d)
            return ERROR
        # With an expected type each branch is coerced to it (errors at the branch);
        # a tail in return position keeps the function's return cause.
        branch_cause = cause if _is_cause(cause, self._return_cause) \
            or _is_cause(cause, self._default_return_cause) else None
        then_ty = self.check_block(k.then, expected, branch_cause)
        failed = expected is not None and self._branch_failed(k.then, then_ty, expected)
        if isinstance(k.else_.kind, ast.ExprBlock) and expected is not None:
            else_ty = self.record(k.else_, self.check_block(k.else_.kind.block, expected,
                                                            branch_cause))
            failed = self._branch_failed(k.else_.kind.block, else_ty, expected) or failed
        else:
            self.coerce_cause = branch_cause
            self.else_if = k.else_.id
            else_ty = self.check_expr(k.else_, expected)
        if failed:
            return ERROR
        from .dyn_coerce import is_object_pointer
        if expected is not None and (is_object_pointer(self, expected)
                                     or _deref_target(self, expected)):
            return expected     # each branch was coerced to it (rustc's CoerceMany)
        if self.infer.shallow(then_ty).is_never:
            return else_ty
        if self.infer.shallow(else_ty).is_never:
            return then_ty
        if self.infer.unify(then_ty, else_ty):
            return then_ty
        from .fn_ptr import lub as fn_ptr_lub      # two fn items: their `fn` pointer
        ptr = fn_ptr_lub(self, then_ty, else_ty, expected)
        if ptr is not None:
            return ptr
        then_tail = self._tail(k.then)
        else_span = _branch_value_span(k.else_)
        then_span = then_tail.span if then_tail is not None else k.then.span

        def decorate(d: Diagnostic) -> None:
            d.secondary(then_span, "expected because of this")
        self.mismatch(else_span, then_ty, else_ty, decorate,
                      message="`if` and `else` have incompatible types")
        return ERROR

    def _branch_failed(self, b: ast.Block, t: Ty, expected: Ty) -> bool:
        """Whether a branch checked against `expected` does not fit it (a tail was
        reported by its coercion; a block without a tail is reported here)."""
        if self.infer.shallow(t).is_never:
            return False
        if self._tail(b) is not None:
            return not self.coerce(t, expected)
        if self.coerce(t, expected):
            return False
        from .mismatch_helps import block_without_tail
        block_without_tail(self, b, expected)
        return True

    def break_(self, e: ast.Expr, k: ast.ExprBreak) -> Ty:
        lp = break_target(self, e, k.label, "break")
        if lp is None:
            if k.value is not None:
                self.check_expr(k.value, None)
            return NEVER
        if lp.kind == "while":
            if k.value is not None:
                self.check_expr(k.value, None)
                d = Diagnostic.error(f"`break` with value from a `{lp.keyword}` loop", e.span,
                                     "can only break with a value inside `loop` or breakable block",
                                     code="E0571")
                if lp.header is not None:
                    d.secondary(lp.header, f"you can't `break` with a value in a `{lp.keyword}` loop")
                from ..diagnostics.model import Suggestion
                fix = "break" if k.label is None else f"break {k.label.name}"
                d.help(f"use `break` on its own without a value inside this `{lp.keyword}` loop",
                       suggestions=[Suggestion(e.span, fix, "MaybeIncorrect", "ShowAlways")])
                self.diags.append(d)
            return NEVER
        lp.has_break = True
        assert lp.break_ty is not None
        cause = lp.break_cause
        if cause is None and lp.first_break is not None:
            first = lp.first_break

            def cause(d: Diagnostic) -> None:
                d.secondary(first, "expected because of this `break`")
        if k.value is not None:
            self.check_coerce(k.value, lp.break_ty, cause)
        elif not self.infer.unify(lp.break_ty, UNIT):
            before = len(self.diags)
            self.mismatch(e.span, lp.break_ty, UNIT, cause)
            if len(self.diags) > before:
                self._break_value_help(e, lp.break_ty)
        if lp.first_break is None and lp.has_expectation is False:
            lp.first_break = e.span
        return NEVER

    def _break_value_help(self, e: ast.Expr, ty: Ty) -> None:
        from ..diagnostics.model import Suggestion
        from .value_sugg import value_suggestion
        value = value_suggestion(self.infer.resolve(ty))
        d = self.diags[-1]
        if value is not None:
            d.help("give the `break` a value of the expected type",
                   suggestions=[Suggestion(Span(e.span.hi, e.span.hi), f" {value}",
                                           "HasPlaceholders", "ShowAlways")])

    def builtin_macro(self, e: ast.Expr, k: ast.ExprBuiltinMacro) -> Ty:
        name = k.name.removeprefix("debug_")
        if name in ("write", "writeln"):
            return traits.check_write(self, e, k)
        if name == "assert":
            self.check_coerce(k.args[0], BOOL)
        elif name in ("assert_eq", "assert_ne"):
            lt = self.check_expr(k.args[0], None)
            rt = self.check_expr(k.args[1], lt)
            from .cow_cmp import assert_operands as cow_operands    # (`assert_eq!(cow, "x")`)
            from .cross_cmp import compare as cross_compare     # (`PartialEq<u32> for M`)
            if not cow_operands(self, e, lt, rt) and not cross_compare(self, e, k, "==", lt, rt) \
                    and not self.infer.unify(lt, rt):
                self.mismatch(k.args[1].span, lt, rt)
        else:
            for a in k.args:
                self.check_expr(a, None)
        if k.fmt is not None:
            self.format_args(k.fmt)
        if name in ("panic", "unreachable", "todo", "unimplemented"):
            return NEVER
        return UNIT

    def format_args(self, f: ast.ExprFormatArgs) -> None:
        for a in f.args:
            self.check_expr(a, None)
        usize = int_ty("usize")
        for spec in f.specs:
            for c in (spec.width, spec.precision):
                if isinstance(c, tuple):
                    arg = f.args[c[1]]
                    t = self.types.get(arg.id, ERROR)
                    if not self.infer.unify(t, usize):
                        self.mismatch(arg.span, usize, t)
        for spec in f.specs:
            arg = f.args[spec.arg]
            t = self.infer.resolve(self.types.get(arg.id, ERROR))
            if t.references_error or t.kind == "var":
                continue
            if t.kind == "proj" and self.infer._has_var(t):   # (`<_ as FromStr>::Err`)
                self.__dict__.setdefault("fmt_later", []).append((arg, spec))
                continue
            if raw_ptrs.fmt_unsupported(self, t, arg.span):
                continue
            trait = spec.trait
            if _implements_fmt(t, trait, self.results.adts) or (
                    trait in ("", "?") and traits.implements_fmt(self, t, trait, arg.span, spec.span)):
                continue
            from .fmt_nested import through_bounds
            if trait == "?" and through_bounds(self, t):      # `[T; N]` with `T: Debug`
                continue
            if generics.fmt_unimplemented(self, t, trait, arg.span, spec.span) \
                    or closures.fmt_unsupported(self, t, arg.span):
                continue
            nested = debug_of_container(t, arg.span, spec.span, lambda x: _implements_fmt(
                x, "?", self.results.adts)) if trait == "?" else None
            if nested is not None:
                # rustc blames the element type, so the derive help is for it.
                t = nested[1]
            if trait == "?" and t.kind == "adt" and is_std_span(self.res.adts[t.name].span):
                # rustc's std gives its types `Debug` (ranges print `1..3`); Ferrite's std
                # lacks this one's.
                self.diags.append(unsupported(arg.span, f"`{{:?}}` of `{display(t)}`"))
                continue
            d = nested[0] if nested is not None else _fmt_unimplemented(t, trait, arg.span, spec.span)
            if t.kind == "adt":
                point_at_type(d, trait, self.res.adts[t.name])
                _derive_help(d, self.res.adts[t.name], "Debug" if trait == "?" else None)
            self.diags.append(d)


def _is_cause(decorate, target) -> bool:
    """Whether `decorate` is `target` or wraps it (see `_tail_cause`)."""
    while decorate is not None:
        if decorate == target:
            return True
        decorate = getattr(decorate, "inner", None)
    return False


def _comparable(t: Ty) -> bool:
    """Types with built-in PartialEq/PartialOrd in the current subset."""
    if t.kind in ("int", "intvar", "float", "floatvar", "bool", "char") or t == STR_REF:
        return True
    return t.kind == "tuple" and all(_comparable(a) for a in t.args)


def _derive_help(d: Diagnostic, adt, trait: str | None, shown: str | None = None) -> None:
    """rustc's `consider annotating `X` with `#[derive(Trait)]`` suggestion (`shown`:
    the type as rustc names it there, when not just the ADT's name)."""
    if trait is None:
        return
    from ..diagnostics.model import Suggestion
    at = Span(adt.span.lo, adt.span.lo)
    d.help(f"consider annotating `{shown or adt.name}` with `#[derive({trait})]`",
           suggestions=[Suggestion(at, f"#[derive({trait})]\n", "MaybeIncorrect", "ShowAlways")])


def is_copy(t: Ty, adts: dict, copy_params: frozenset = frozenset()) -> bool:
    """Whether values of `t` are copied rather than moved (the `Copy` trait);
    `copy_params`: the type parameters in scope bounded by `Copy`."""
    if t.kind in ("int", "float", "bool", "char", "never", "intvar", "floatvar", "error",
                  "const"):     # (`const`: a const generic argument, `Grid<3>`)
        return True
    if t.kind == "ref":
        return not t.mutable
    if t.kind == "tuple":
        return all(is_copy(a, adts, copy_params) for a in t.args)
    if t.kind == "array":
        return is_copy(t.args[0], adts, copy_params)
    if t.kind == "adt":
        return "Copy" in adts[t.name].derives \
            and (all(is_copy(a, adts, copy_params) for a in t.args)
                 or t.name == "PhantomData")     # (`Copy` for every `T`)
    if t.kind == "closure":      # Copy when everything it captured is
        return is_copy(t.args[2], adts, copy_params)
    if t.kind == "param":
        return t.id in copy_params and t.id >= 0
    return t.kind in ("fndef", "fnptr", "ptr")


def _const_int(e: ast.Expr) -> int:
    """An explicit enum discriminant: an integer literal, possibly negated."""
    k = e.kind
    if isinstance(k, ast.ExprParen):
        return _const_int(k.expr)
    if isinstance(k, ast.ExprUnary) and k.op == "-":
        return -_const_int(k.expr)
    if isinstance(k, ast.ExprLit) and k.lit.kind == "int":
        return k.lit.value
    return 0


def _is_str_lit(e: ast.Expr) -> bool:
    return isinstance(e.kind, ast.ExprLit) and e.kind.lit.kind == "str"


def _join_names(names: list[str]) -> str:
    q = [f"`{n}`" for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) <= 3:
        return ", ".join(q[:-1]) + " and " + q[-1]
    return ", ".join(q[:3]) + f" and {len(q) - 3} other field{'s' if len(q) > 4 else ''}"


def _tuple_pat_indices(elems: list, arity: int) -> list[int]:
    """Indices into a tuple of `arity` fields for the sub-patterns around an optional `..`."""
    subs = [el for el in elems if not isinstance(el.kind, ast.PatRest)]
    for pos, el in enumerate(elems):
        if isinstance(el.kind, ast.PatRest):
            after = len(elems) - pos - 1
            return list(range(pos)) + list(range(arity - after, arity))
    return list(range(len(subs)))


def _type_noun(t: Ty) -> str:
    return {"tuple": "tuple", "ref": "reference", "int": "type", "float": "type"}.get(t.kind, "type")


_FMT_TRAITS = {"": "Display", "?": "Debug", "x": "LowerHex", "X": "UpperHex", "o": "Octal",
               "b": "Binary", "e": "LowerExp", "E": "UpperExp", "p": "Pointer"}


_RADIX_IMPLS = ["&T", "&mut T", "NonZero<T>", "Saturating<T>", "Wrapping<T>", "i128", "i16",
                "i32", "i64", "i8", "isize", "u128", "u16", "u32", "u64", "u8", "usize"]


def _implements_fmt(t: Ty, trait: str, adts: dict | None = None) -> bool:
    """Whether `t` implements the formatting trait (literal variables count as their
    kind: any integer type implements what `i32` does)."""
    if t.kind == "const":     # a const generic argument (`Grid<3>`): not a type
        return True
    t = refs.peel(t)[0]    # `&T` formats as `T`
    while t.kind == "adt" and t.name in ("Rc", "Ref", "RefMut", "Arc", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard", "Cow") and t.args:   # and `Rc<T>`
        t = refs.peel(t.args[0])[0]
    if t.kind in ("intvar", "floatvar"):
        t = Ty("int", "i32") if t.kind == "intvar" else Ty("float", "f64")
    if trait == "":
        return t.kind in ("int", "float", "bool", "char", "str") or t == STR_REF \
            or (t.kind == "adt" and t.name == "String")     # (`str`: `Cow<str>`'s)
    if t.kind in ("param", "closure", "fndef", "opaque", "fnptr"):
        return False     # (no bounds yet: a bare type parameter formats with nothing)
    if trait == "?":
        if t.kind == "adt":
            return adts is not None and "Debug" in adts[t.name].derives \
                and all(_implements_fmt(a, "?", adts) for a in t.args)
        if t.kind in ("array", "slice"):
            return _implements_fmt(t.args[0], "?", adts)
        return t.kind != "tuple" or all(_implements_fmt(a, "?", adts) for a in t.args)
    if trait in ("x", "X", "o", "b"):
        return t.is_int
    if trait in ("e", "E"):
        return t.is_int or t.is_float
    return False


def _fmt_unimplemented(t: Ty, trait: str, arg_span: Span, spec_span: Span | None) -> Diagnostic:
    """E0277 for a placeholder whose argument lacks the formatting trait, worded as rustc
    words it (Display and Debug have their own `on_unimplemented` messages)."""
    name = _FMT_TRAITS[trait]
    outer = None
    if trait == "" and t.kind == "ref" and t.args[0].kind in ("array", "slice", "adt") \
            and not t.mutable:     # `&[u8; 3]`: rustc blames `[u8; 3]`, `&T: Display` needs it
        outer, t = display(t), t.args[0]
    ty = display(t)
    if trait == "?":
        d = Diagnostic.error(f"`{ty}` doesn't implement `Debug`", arg_span,
                             f"`{ty}` cannot be formatted using `{{:?}}` because it doesn't "
                             "implement `Debug`", code="E0277")
        d.help(f"the trait `Debug` is not implemented for `{ty}`")
        d.note(f"add `#[derive(Debug)]` to `{ty}` or manually `impl Debug for {ty}`")
    elif trait == "":
        d = Diagnostic.error(f"`{ty}` doesn't implement `std::fmt::Display`", arg_span,
                             f"`{ty}` cannot be formatted with the default formatter", code="E0277")
        d.help(f"the trait `std::fmt::Display` is not implemented for `{ty}`")
        d.note("in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead")
        if outer is not None:
            d.note(f"required for `{outer}` to implement `std::fmt::Display`")
    else:
        d = Diagnostic.error(f"the trait bound `{ty}: {name}` is not satisfied", arg_span,
                             f"the trait `{name}` is not implemented for `{ty}`", code="E0277")
        if trait in ("x", "X", "o", "b"):
            # rustc lists the first eight implementors in its sort order, then a count.
            d.help(f"the following other types implement trait `{name}`:\n"
                   + "".join(f"  {i}\n" for i in _RADIX_IMPLS[:8])
                   + f"and {len(_RADIX_IMPLS) - 8} others")
    if spec_span is not None:
        d.secondary(spec_span, "required by this formatting parameter")
    return d


def _let_loop_cause(pat_span: Span, loop_span: Span, declared: Ty, infer: InferTable) -> Decorate:
    def decorate(d: Diagnostic) -> None:
        d.secondary(pat_span, "expected because of this assignment")
        d.secondary(Span(loop_span.lo, loop_span.lo + len("loop")),
                    f"this loop is expected to be of type {describe(infer.resolve(declared))}")
    return decorate


def quote_help(d: Diagnostic, e: ast.Expr, expected: Ty, found: Ty) -> None:
    """rustc's help for a one-character string where a `char` was meant, and back."""
    from ..diagnostics.model import Suggestion
    if not isinstance(e.kind, ast.ExprLit):
        return
    lit = e.kind.lit
    if expected == CHAR and found == STR_REF and lit.kind == "str" and len(lit.value) == 1 \
            and lit.symbol.startswith('"'):
        d.help("if you meant to write a `char` literal, use single quotes",
               suggestions=[Suggestion(e.span, "'" + lit.symbol[1:-1] + "'",
                                       "MachineApplicable", "ShowAlways")])
    elif expected == STR_REF and found == CHAR and lit.kind == "char":
        d.help("if you meant to write a string literal, use double quotes",
               suggestions=[Suggestion(e.span, '"' + lit.symbol[1:-1] + '"',
                                       "MachineApplicable", "ShowAlways")])


def _value_expr(e: ast.Expr) -> ast.Expr:
    """The expression whose value `e` evaluates to, looking into blocks' tails."""
    while isinstance(e.kind, ast.ExprBlock) and e.kind.label is None and not e.kind.block.unsafe:
        b = e.kind.block
        if not b.stmts or not isinstance(b.stmts[-1].kind, ast.StmtExpr) or b.stmts[-1].kind.semi:
            return e
        e = b.stmts[-1].kind.expr
    return e


def _branch_value_span(e: ast.Expr) -> Span:
    if isinstance(e.kind, ast.ExprBlock):
        b = e.kind.block
        if b.stmts and isinstance(b.stmts[-1].kind, ast.StmtExpr) and not b.stmts[-1].kind.semi:
            return b.stmts[-1].kind.expr.span
    return e.span


def ast_semi_span(stmt: ast.Stmt) -> Span:
    return Span(stmt.span.hi - 1, stmt.span.hi)


def _deref_target(fcx, expected: Ty) -> bool:
    """An expected `&str`/`&[T]` (a return type, an annotation): rustc's CoerceMany
    coerces each `if`/`match` branch to it, so `&String` and `&str` arms agree."""
    t = fcx.infer.shallow(expected)
    return t.kind == "ref" and not t.mutable and fcx.infer.shallow(t.args[0]).kind in ("str", "slice")
