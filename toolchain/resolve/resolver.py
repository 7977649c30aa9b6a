"""The resolver proper: scopes of local bindings over a crate of functions."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import PRIM_CONSTS, PRIMITIVES
from ..unsupported import unsupported
from .hygiene import hidden_by_hygiene, local_key
from . import adt_bounds
from .adts import AdtDef, collect_enum, collect_struct, e0423_struct_as_value
from .labels import LabelScopes
from . import block_items
from . import ty_aliases
from . import alias_paths
from . import alias_values
from . import unknown_types
from . import prim_impls
from . import std_imports
from . import std_sigs
from . import lazy_impls
from . import std_items_memo
from . import array_lens
from . import const_params
from . import tuple_pat_paths
from . import binding_shadows
from .consts import collect_const, const_pattern
from .pat_bindings import PatBindings, binding_map, has_or, is_let_chain
from .impls import AssocItem, collect_impl, e0424, impl_self_type
from .lifetimes import check_elision
from . import std_types
from . import lifetime_params
from . import generics as gen
from . import traits
from . import impl_trait
from . import opaque
from .suggest import find_best_match
from .validate import fn_without_body
from . import module_paths
from . import closures
from .modules import ModuleTree
from . import std_named_traits
from . import foreign
from ..syntax.places import is_non_place
from . import prelude


@dataclass(frozen=True)
class Res:
    kind: str            # "local" | "fn" | "prim" | "err"
    target: object = None  # pat NodeId for locals, fn name for fns, type name for prims


@dataclass
class LocalInfo:
    name: str
    mutable: bool
    span: Span           # the binding's identifier
    deferred: bool = False   # declared by `let x;` (initialised later by assignment)


@dataclass
class Resolutions:
    values: dict[int, Res] = field(default_factory=dict)   # ExprPath id -> Res
    types: dict[int, Res] = field(default_factory=dict)    # Ty id -> Res
    fns: dict[str, ast.Item] = field(default_factory=dict)  # crate-level functions
    locals: dict[int, LocalInfo] = field(default_factory=dict)  # binding pat id -> info
    # An or-pattern with an E0408/E0409 inside a loop or labelled block (or_bindings.py).
    or_errors_in_loop: bool = False
    # The program's text (set by the driver): a few of rustc's labels depend on
    # whether two places are on the same line.
    source: object = None
    adts: dict[str, AdtDef] = field(default_factory=dict)   # crate-level structs
    labels: dict[int, int] = field(default_factory=dict)    # break/continue id -> labelled expr id
    unused_labels: dict[int, Span] = field(default_factory=dict)  # labelled expr id -> label
    # Or-pattern bindings after the first alternative -> the first one's pattern id
    # (`A(n) | B(n)`: one variable).
    binding_canon: dict[int, int] = field(default_factory=dict)
    # Inherent impls: type name -> item name -> item (its body is `fns["Type::name"]`).
    assoc: dict[str, dict[str, AssocItem]] = field(default_factory=dict)
    impl_errors: list[Diagnostic] = field(default_factory=list)   # E0592, for coherence
    consts: dict[str, ast.Item] = field(default_factory=dict)   # `const` and `static` items
    # Type parameters of each function (keyed by its item's NodeId; an impl's come first).
    fn_generics: dict[int, gen.GenericsInfo] = field(default_factory=dict)
    # E0107 in types, reported by the type checker (rustc finds them lowering types there).
    generic_errors: list[Diagnostic] = field(default_factory=list)
    traits: traits.TraitTables = field(default_factory=traits.TraitTables)   # resolve/traits.py
    modules: object = None     # modules.ModuleTree: `mod`, `use` and privacy
    resolver: object = None    # the resolver itself, for std bodies resolved on demand
    # Closure expr id -> the binding ids of the outer locals it mentions (resolve/closures.py).
    closure_upvars: dict[int, list[int]] = field(default_factory=dict)
    # `Fn(A) -> B` bounds: the bound's path span -> (input types, output type or None).
    fn_bound_sigs: dict = field(default_factory=dict)
    # Structs and enums with lifetime parameters: their values hold references.
    region_adts: set = field(default_factory=set)
    ty_aliases: dict = field(default_factory=dict)   # `type X = ..;`: name -> item (ty_aliases.py)
    alias_path_uses: dict = field(default_factory=dict)   # path segment id -> alias (alias_paths.py)
    # Bounds on generic traits (`T: From<U>`): the bound's path span -> its arguments
    # as written (resolve/trait_generics.py).
    trait_ref_args: dict = field(default_factory=dict)
    # `dyn Error + Send + Sync`: the trait object's type id -> its auto traits (a bitmask,
    # resolve/dyn_types.py AUTO_BITS).
    dyn_autos: dict = field(default_factory=dict)
    # Array lengths that are not literals (resolve/array_lens.py): (expr, written in a
    # type?) in order, and each one's value once the crate is resolved.
    len_exprs: list = field(default_factory=list)
    array_lens: dict[int, int] = field(default_factory=dict)
    # Lengths that are a const parameter (`[T; N]`): expr id -> (name, index, type).
    param_lens: dict[int, tuple] = field(default_factory=dict)


def resolve_crate(crate: ast.Crate, std=None) -> tuple[Resolutions, list[Diagnostic]]:
    """Resolve the learner's crate; `std` (toolchain/std's StdCrate) adds std's items."""
    r = _Resolver()
    r.crate(crate, std)
    r.diags.extend(array_lens.evaluate_all(r.res))
    # rustc reports unresolved callees after the other resolution errors (they wait
    # for import suggestions); keep that order so renderings match.
    return r.res, r.diags + r.deferred + r.mods.privacy


class _Resolver:
    def __init__(self) -> None:
        self.res = Resolutions()
        self.diags: list[Diagnostic] = []
        self.deferred: list[Diagnostic] = []
        self.scopes: list[dict[str, int]] = []
        # Every binding of the current function so far, including those whose scope
        # has ended: rustc points at them when a name is used outside its scope.
        self.fn_bindings: dict[str, Span] = {}
        self.label_scopes = LabelScopes(self.res.labels, self.res.unused_labels, self.diags)
        self.pat_ctx: PatBindings | None = None   # the pattern being resolved
        self.pat_source = "match"                 # ... and where it is (binding_shadows.py)
        self.cur_let: ast.StmtLet | None = None   # whose initialiser is resolved (alias_values)
        self.let_stmts: dict[int, tuple] = {}    # binding pat id -> (its `let` Stmt, StmtLet)
        self.self_ty: str | None = None     # inside `impl T`: what `Self` names
        self.cur_fn: ast.Fn | None = None
        # Items declared in blocks: the local scopes of the functions enclosing the one
        # being resolved (for E0434), and the items of blocks already left.
        self.outer_scopes: list[list[dict[str, int]]] = []
        self.nested: list[tuple[str, str, object]] = []
        self.nested_names: set[str] = set()
        self.pending_fns: dict[int, ast.Item] = {}
        # Type parameters in scope (see generics.py), and those of the functions enclosing
        # a nested one (for E0401).
        self.ty_params: gen.GenericsInfo = gen.EMPTY
        self.outer_ty_params: gen.GenericsInfo = gen.EMPTY
        self.self_ast: ast.Ty | None = None     # inside an impl: its self type as written
        self.trait_self = None   # in a trait or trait impl: what the type `Self` resolves to
        self.mods: ModuleTree | None = None
        self.cur_mod = None      # the module of the item being resolved (None: the root)
        self.lazy_bodies: dict[int, tuple] = {}   # std fns whose bodies wait (`std_body`)
        # Where E0261 suggests declaring a lifetime: (ast.Generics, the span it follows).
        self.lifetime_sites: list = []
        self.impl_sites: list = []
        self.in_body = False          # named lifetimes in bodies are refused (lifetime_params)
        self.static_ok = False
        self.std_sigs_ok = False       # std's signatures may be replayed (std_sigs.py)
        self.std_record_ok = False     # ... and recorded
        self.std_verify = False        # ... and are resolved again to compare (tests)
        self.refused_foreign: set[int] = set()   # items of `extern` blocks refused (foreign.py)
        self.std_part = None

    # -- items ----------------------------------------------------------------------
    def crate(self, crate: ast.Crate, std=None) -> None:
        fns = []
        structs: list[AdtDef] = []
        impls: list[ast.Item] = []
        trait_items: tuple[list, list] = ([], [])    # traits, trait impls (resolve/traits.py)
        if std is not None:    # (before the tree: its bindings take the marked keys)
            crate.renamed_traits = std_named_traits.rename(crate, std)
        self.mods = self.res.modules = ModuleTree(crate)
        self.res.edition = getattr(crate, "edition", "2024")
        self.diags.extend(self.mods.diags)
        std_items = prelude.merge_items(self, std)
        # (which of std's lists this program sees: part of the key of std_sigs' records)
        self.std_part = id(std_items) if prelude.shared_list(std_items) else None
        self.std_sigs_ok = std is not None and std_sigs.crate_is_clear(crate, std)
        # (recorded only where std's paths cannot go through the learner's modules)
        self.std_record_ok = self.std_sigs_ok and not self.mods.active
        self.std_verify = self.std_record_ok and std_sigs.verify_mode()
        prim_impls.index(std_items)
        # (std's items: sorted once per process, std_items_memo.py; those deferred to
        # first use skipped)
        std_work, lazy = std_items_memo.classify(std_items, self.std_part is not None)
        self.res.traits.lazy = std_items_memo.lazy_copy(lazy)
        fns_table = self.res.fns
        for item, key, code in std_work:
            if code == std_items_memo.FN and key not in fns_table:
                fns_table[key] = item      # (std's intrinsics have no body)
                fns.append(item)
            elif code == std_items_memo.TRAIT_IMPL:
                trait_items[1].append(item)
            elif code == std_items_memo.TRAIT:
                trait_items[0].append(item)
            elif code == std_items_memo.IMPL:
                impls.append(item)
            else:
                self.enter_item(item, key, fns, structs, impls, trait_items)
        for item, key in self.mods.flat:
            self.enter_item(item, key, fns, structs, impls, trait_items)
        if self.mods.active:
            self.diags.extend(self.mods.resolve_imports(self.res.adts))
        traits.declare(self, trait_items[0])   # (inherent impls' bounds name traits)
        adt_bounds.resolve(self, structs)      # (they name traits too)
        for adt in structs:     # (after the traits: `Owned(<B as ToOwned>::Owned)`)
            self.ty_params = adt.generics
            self.cur_mod = self.mods.mod_of_key.get(adt.name)
            lifetime_params.adt_fields(self, adt)     # E0106 in fields; region ADTs
            fields = adt.fields + [f for v in adt.variants for f in v.fields]
            if fields and prelude.is_std_span(adt.span):    # (once per process: std_sigs.py)
                std_sigs.adt_fields(self, adt, lambda: self.field_tys(fields))
            else:
                self.field_tys(fields)
            self.ty_params = gen.EMPTY
            self.scopes = [{}]
            for v in adt.variants:
                if v.discriminant is not None:
                    self.expr(v.discriminant)
            self.scopes = []
        ty_aliases.resolve_bodies(self)
        if self.res.ty_aliases:     # `impl M` with `type M = Meters;` (alias_paths.py)
            for item in impls + trait_items[1]:
                self.cur_mod = self.mods.module_of.get(item.id)
                alias_paths.expand_self_ty(self, item.kind.self_ty)
        assoc_items: list[AssocItem] = []
        for i, item in enumerate(impls):
            adt, diags = module_paths.impl_self_type(self, item) \
                if self.mods.active and not prelude.is_std_item(item) \
                else impl_self_type(item, self.res.adts)
            self.diags.extend(diags)
            if adt is not None:
                # (its bounds and self type resolve in the impl's module)
                self.cur_mod = self.mods.module_of.get(item.id)
                generics = std_sigs.inherent_generics(self, item, lambda: self.impl_generics(item)) \
                    if prelude.is_std_item(item) else self.impl_generics(item)
                got, diags = collect_impl(item, adt, i, self.res.assoc, self.res.impl_errors,
                                          generics)
                self.diags.extend(diags)
                assoc_items.extend(got)
        for a in assoc_items:
            if a.kind == "fn":
                self.res.fns[a.key] = a.item
        for item in list(self.res.consts.values()):
            self.cur_mod = self.mods.module_of.get(item.id)
            self.const_item(item)
        # Bodies in source order, as rustc resolves them.
        bodies = [(item, None) for item in fns] + [(a.item, a) for a in assoc_items]
        bodies += traits.collect(self, *trait_items)
        bodies.sort(key=lambda b: b[0].span.lo)
        for item, a in bodies:
            self.body(item, a, lazy=prelude.is_std_item(item))
        block_items.restore(self)
        self.res.resolver = self
        lifetime_params.publish(self.res)

    def field_tys(self, fields: list) -> None:
        for f in fields:
            self.ty(f.ty)

    def enter_item(self, item: ast.Item, key, fns: list, structs: list, impls: list,
             trait_items: tuple) -> None:
        """Enter one module-level item (the learner's or std's) into the tables, or into
        the lists `crate` goes on with."""
        k = item.kind
        if isinstance(k, ast.ForeignMod):    # (its functions follow it in the list)
            self.refused_foreign |= foreign.check_block(self, item)
            return
        if item.id in self.refused_foreign:
            return
        if isinstance(k, ast.Fn):
            name = key
            if name in self.res.fns:
                prev = self.res.fns[name]
                d = Diagnostic.error(f"the name `{name}` is defined multiple times",
                                     k.ident.span, f"`{name}` redefined here", code="E0428")
                d.secondary(prev.kind.ident.span, f"previous definition of the value `{name}` here")
                d.note(f"`{name}` must be defined only once in the value namespace of this module")
                self.diags.append(d)
                return
            if k.body is None and not k.sig.foreign and not prelude.is_std_item(item):
                # (std's intrinsics have none)
                self.diags.append(fn_without_body(item))   # still defined, as in rustc
            self.res.fns[name] = item
            fns.append(item)
        elif isinstance(k, (ast.Struct, ast.Enum)):
            adt, diags = (collect_struct if isinstance(k, ast.Struct) else collect_enum)(item)
            self.diags.extend(diags)
            if adt is not None:
                adt.name = key     # `a::b::Point` inside modules
                self.res.adts[adt.name] = adt
                structs.append(adt)
        elif isinstance(k, ast.Impl) and k.trait_ is not None and prelude.is_std_item(item) \
                and lazy_impls.defer(self, item):
            pass     # std's trait impls for primitive types: entered on first use (lazy_impls.py)
        elif isinstance(k, ast.Impl) and k.trait_ is not None:
            trait_items[1].append(item)
        elif isinstance(k, ast.Trait):
            trait_items[0].append(item)
        elif isinstance(k, ast.Impl) and prelude.is_std_item(item) \
                and prim_impls.prim_self(item) is not None:
            pass     # std's methods of primitive types: entered on first use (prim_impls.py)
        elif isinstance(k, ast.Impl):
            impls.append(item)
        elif isinstance(k, (ast.Const, ast.Static)):
            refused = collect_const(item, self.res.consts, key)
            if refused and k.ident.name != "_":     # (its uses are not E0425 then)
                self.mods.refused.add(k.ident.name)
            self.diags.extend(refused)
        elif isinstance(k, ast.Use) and traits.collect_use(self, item):
            pass
        elif isinstance(k, ast.Use):
            self.diags.append(unsupported(item.span, "`use` declarations"))
        elif isinstance(k, ast.TyAlias) and ty_aliases.collect(self, item, key):
            pass
        else:
            self.diags.append(unsupported(item.span, _item_what(k)))

    def body(self, item: ast.Item, a, lazy: bool = False) -> None:
        """Resolve one function (or associated constant) with its owner's context. A std
        function's body is resolved only if the program can reach it (`std_body`); its
        signature is resolved now, as the type checker's signatures need it."""
        if lazy and self.std_sigs_ok and not self.std_verify and (a is None or a.kind == "fn"):
            entries = std_sigs.replayable(item)
            if entries is not None:    # (the common case, std_sig's replay, made short)
                self.cur_mod = self.mods.module_of.get(item.id)
                self.impl_sites = lifetime_params.impl_sites(a)
                self.lazy_bodies[item.id] = (item, a)
                std_sigs.write(self.res, entries)
                self.self_ty = self.self_ast = self.trait_self = None
                self.ty_params = gen.EMPTY
                return
        self.cur_mod = self.mods.module_of.get(item.id)
        self.self_ty = a.adt if a is not None else None
        # Trait items (resolve/traits.py's entries) have no type parameters yet.
        self.ty_params = getattr(a, "generics", gen.EMPTY) if a is not None else gen.EMPTY
        self.self_ast = getattr(a, "self_ty", None) if a is not None else None
        self.trait_self = getattr(a, "self_res", None)
        self.impl_sites = lifetime_params.impl_sites(a)
        if a is None or a.kind == "fn":
            if lazy:
                self.lazy_bodies[item.id] = (item, a)
                self.std_sig(item)
            else:
                self.fn(item)
        else:
            self.assoc_const(item)
        self.self_ty = None
        self.ty_params, self.self_ast = gen.EMPTY, None
        self.trait_self = None

    def std_sig(self, item: ast.Item) -> None:
        """A std function's signature: replayed when an earlier check of the process
        resolved it already (resolve/std_sigs.py)."""
        if not self.std_sigs_ok:
            self.fn(item, with_body=False)
        elif self.std_verify and std_sigs.recorded(item):
            self.fn(item, with_body=False)
            std_sigs.check_replay(self, item)
        elif std_sigs.replay(self, item):
            pass
        elif self.std_record_ok:
            std_sigs.resolve_recording(self, item)
        else:
            self.fn(item, with_body=False)

    def std_body(self, item: ast.Item) -> None:
        """Resolve the body of std function `item` (on demand: driver's `_std_bodies`);
        an error there is a bug in Ferrite's std."""
        got = self.lazy_bodies.pop(item.id, None)
        if got is None:
            return
        before = len(self.diags) + len(self.deferred)
        self.body(*got)
        errors = (self.diags + self.deferred)[before:]
        if errors:
            raise RuntimeError(f"Ferrite's std does not resolve: {errors[0].message}")

    def impl_generics(self, item: ast.Item) -> gen.GenericsInfo:
        """An inherent impl's type parameters, and its self type resolved with them."""
        k: ast.Impl = item.kind
        info, diags = gen.collect(k.generics, self, consts=True)   # (bounds: resolve/bounds.py)
        self.diags.extend(diags)
        self.ty_params = info
        self.lifetime_sites = [(k.generics, Span(item.span.lo, item.span.lo + 4))]   # `impl`
        self.ty(k.self_ty)
        lifetime_params.impl_header(self, k.self_ty)     # E0726
        self.ty_params = gen.EMPTY
        self.lifetime_sites = []
        if isinstance(k.self_ty.kind, (ast.TySlice, ast.TyArray)):   # std's `impl<T> [T]`, `[T; N]`
            return info
        seg = k.self_ty.kind.path.segments[-1]
        direct = {a.kind.path.segments[0].ident.name for a in gen.type_args(seg) or []
                  if isinstance(a.kind, ast.TyPath) and len(a.kind.path.segments) == 1}
        from ..std import is_std_span     # (std's `impl<T> Option<Option<T>>`: nested)
        nested = is_std_span(item.span) and seg.ident.name == "Option"
        for name, span in zip(info.names, info.spans):
            if name not in direct and not nested:
                # rustc's E0207 (a parameter the self type does not constrain).
                self.diags.append(unsupported(span, "impl parameters not used directly as "
                                                    "arguments of the self type"))
        return info

    def assoc_const(self, item: ast.Item) -> None:
        k: ast.Const = item.kind
        self.ty(k.ty)
        self.scopes = [{}]
        self.fn_bindings = {}
        self.cur_fn = None
        self.expr(k.expr)
        self.scopes = []

    def const_item(self, item: ast.Item) -> None:
        """A `const`/`static` initialiser: no local variables are in scope."""
        k = item.kind
        if k.ty is not None:
            self.ty(k.ty)
        saved, self.scopes, self.fn_bindings = (self.scopes, self.fn_bindings), [{}], {}
        if k.expr is not None:
            self.expr(k.expr)
        self.scopes, self.fn_bindings = saved

    def fn(self, item: ast.Item, with_body: bool = True) -> None:
        f: ast.Fn = item.kind
        own, diags = gen.collect(f.generics, self, consts=True)
        self.diags.extend(diags)
        for name, span in zip(own.names, own.spans):
            if name in self.ty_params.names:   # rustc's E0403
                self.diags.append(unsupported(span, "a method type parameter with the name of "
                                                    "one of its impl's"))
        saved_params = self.ty_params
        impl_trait.add_params(self, f, own, len(saved_params.names))   # `x: impl Trait`
        self.ty_params = saved_params.child(own)
        self.res.fn_generics[item.id] = self.ty_params
        saved_sites, self.lifetime_sites = self.lifetime_sites, \
            [(f.generics, f.ident.span)] + self.impl_sites
        saved_in_body, self.in_body = self.in_body, False    # (a nested fn's signature)
        sig = f.sig
        sp = sig.self_param
        if sp is not None and ((self.self_ty is None and self.trait_self is None)
                               or sp.kind == "explicit"):
            self.diags.append(unsupported(sp.span, "methods" if self.self_ty is None
                                          else "`self` parameters with an explicit type"))
        if sig.unsafe and (self.self_ty is not None or self.trait_self is not None):
            self.diags.append(unsupported(sig.span, "`unsafe` methods and associated functions"))
        elif sig.const or sig.async_ or (sig.abi and not sig.foreign):
            self.diags.append(unsupported(sig.span, "`const`, `async` or `extern` functions"))
        elif sig.variadic and not sig.foreign:
            self.diags.append(foreign.variadic_outside_extern(sig))
        self.scopes = [{}]
        self.fn_bindings = {}
        self.label_scopes.reset()
        self.cur_fn = f
        if sp is not None:
            self.res.locals[sp.id] = LocalInfo("self", sp.kind == "value" and sp.mutable,
                                               Span(sp.span.hi - 4, sp.span.hi))
            self.scopes[-1][local_key("self", sp.span)] = sp.id
        for p in sig.params:
            self.ty(p.ty)
            self.bind_pat(p.pat, "param")
        if sig.ret is not None:
            self.ty(sig.ret)
            d = check_elision(f, self.res, self.ty_params.lifetimes)
            if d is not None:
                self.diags.append(d)
        if f.body is not None and with_body:
            self.in_body = True
            self.block(f.body)
        self.in_body = saved_in_body
        self.lifetime_sites = saved_sites
        self.scopes = []
        self.ty_params = saved_params

    # -- types ------------------------------------------------------------------------
    def ty(self, t: ast.Ty) -> None:
        k = t.kind
        if isinstance(k, ast.TyImplTrait) and t.id in self.res.types:
            return     # an argument's `impl Trait`: its anonymous parameter (impl_trait.py)
        if isinstance(k, ast.TyPath) and self.res.ty_aliases and ty_aliases.use(self, t):
            return     # `Grid`, `Pair<i32>` (resolve/ty_aliases.py)
        if isinstance(k, ast.TyPath) and traits.resolve_ty(self, t):
            return
        if isinstance(k, ast.TyPath) and (self.mods.active or module_paths.in_std(self, k.path)) \
                and module_paths.ty(self, t):
            return
        if isinstance(k, ast.TyPath) and len(k.path.segments) > 2 and std_types.resolve(self, t):
            return     # `std::slice::Iter<T>`
        if isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1 \
                and std_imports.unimported_ty(self, t, k.path.segments[0].ident):
            return     # `HashMap<K, V>` without its `use` (std_imports.py)
        if isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1 \
                and k.path.segments[0].args is not None:
            self.generic_ty(t, k.path.segments[0])
            return
        if isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1 \
                and k.path.segments[0].args is None:
            name = k.path.segments[0].ident.name
            if self.ty_param(t, name):
                return
            if name == "Self" and self.self_ast is not None:
                self.res.types[t.id] = Res("self_ty", self.self_ast)
                return
            if name == "Self" and self.self_ty is not None:
                name = self.self_ty
            if name in PRIMITIVES and name != "str":
                self.res.types[t.id] = Res("prim", name)
                return
            if name == "str" and prelude.is_std_span(t.span):   # std's `impl str`
                self.res.types[t.id] = Res("prim", name)
                return
            if name == "str":
                self.diags.append(unsupported(t.span, "`str` outside a reference"))
                return
            if name in self.res.adts:
                if self.res.adts[name].generics.names:
                    # rustc's E0107 "missing generics for struct `Pair`".
                    self.diags.append(unsupported(t.span, f"`{name}` without its generic "
                                                          "arguments in a type"))
                    return
                self.res.types[t.id] = Res("adt", name)
                return
            unknown_types.report(self, t, name)     # E0425 (unknown_types.py)
            return
        if isinstance(k, ast.TyRef):
            if k.lifetime is not None:
                lifetime_params.check_use(self, k.lifetime)
            inner = k.ty.kind
            if isinstance(inner, ast.TyPath) and len(inner.path.segments) == 1 \
                    and inner.path.segments[0].ident.name == "str" and inner.qself is None \
                    and inner.path.segments[0].args is None:
                self.res.types[k.ty.id] = Res("prim", "str")
                return
            self.ty(k.ty)
            return
        if isinstance(k, ast.TyTuple):
            for el in k.elems:
                self.ty(el)
            return
        if isinstance(k, ast.TyParen):
            self.ty(k.ty)
            return
        if isinstance(k, ast.TyNever):
            return
        if isinstance(k, ast.TyArray):
            self.ty(k.elem)
            array_lens.resolve(self, k.len, in_type=True)    # `[u8; CELLS]`
            return
        if isinstance(k, ast.TySlice):
            self.ty(k.elem)
            return
        if isinstance(k, ast.TyPtr):     # `*const u8` (typeck: Ty("ptr"))
            self.ty(k.ty)
            return
        if isinstance(k, ast.TyImplTrait) and closures.impl_trait_return(self, t):
            return
        if isinstance(k, ast.TyImplTrait) and opaque.return_type(self, t):   # `-> impl Iterator`
            return
        from .dyn_types import ty as dyn_ty
        if dyn_ty(self, t):      # `dyn Trait`
            return
        if isinstance(k, ast.TyFn) and not k.unsafe and k.abi is None:
            for el in k.params:     # `fn(i32) -> i32`: a function pointer (typeck/fn_ptr.py)
                self.ty(el)
            if k.ret is not None:
                self.ty(k.ret)
            return
        if isinstance(k, ast.TyInfer) and self.in_body:
            self.res.types[t.id] = Res("infer")     # `_`: a fresh variable (typeck/holes.py)
            return
        self.diags.append(unsupported(t.span, "this kind of type"))

    def ty_param(self, t: ast.Ty, name: str) -> bool:
        """A type parameter in scope (or, in a nested function, an outer one: E0401)."""
        i = self.ty_params.index(name)
        if i is not None and i in self.ty_params.consts:
            self.diags.append(unsupported(t.span, "a const parameter used as a type"))
            self.res.types[t.id] = Res("err")
            return True
        if i is not None:
            self.res.types[t.id] = Res("param", (name, i))
            return True
        if self.outer_ty_params.index(name) is not None:
            self.diags.append(gen.e0401(t.span, name, self.outer_ty_params, self.cur_fn))
            return True
        return False

    def generic_ty(self, t: ast.Ty, seg: ast.PathSegment, key: str | None = None) -> None:
        """`Pair<i32>`: a struct or enum with its generic arguments (`key`: the table key
        a path through the module tree found, else the bare name)."""
        name = key or seg.ident.name
        bad = gen.unsupported_args(seg, consts=True)    # (`Grid<3, 2>`: const_params.py)
        if name not in self.res.adts and self.mods is not None and name in self.mods.refused:
            self.res.types[t.id] = Res("err")     # (its `use` was refused already)
            return
        if bad is not None or name not in self.res.adts:
            self.diags.append(bad or unsupported(t.span, f"generic arguments on `{name}`"))
            return
        adt = self.res.adts[name]
        for i, a in enumerate(gen.type_args(seg)):
            if i in adt.generics.unsized and _bare_str(a):     # `Cow<'_, str>`
                self.res.types[a.id] = Res("prim", "str")
            elif not (i in adt.generics.consts and const_params.type_arg(self, a)):
                self.ty(a)
        if not lifetime_params.lifetime_args(self, t, seg, adt):
            return
        if std_types.refuse_hidden_params(self, t, name):
            return
        d = gen.e0107("enum" if adt.is_enum else "struct", adt.ident_span, adt.generics.names,
                      adt.generics.spans, seg)
        if d is not None:
            self.res.generic_errors.append(d)
            self.res.types[t.id] = Res("err")
            return
        self.res.types[t.id] = Res("adt", name)

    def path_args(self, segs: list[ast.PathSegment]) -> bool:
        """Resolve the types in the generic arguments of an expression path's segments;
        False (reported) when some cannot be taken yet."""
        for seg in segs:
            bad = gen.unsupported_args(seg, consts=True)
            if bad is not None:
                self.diags.append(bad)
                return False
            for a in gen.type_args(seg) or []:
                if not const_params.type_arg(self, a):    # `helper::<N>()`
                    self.ty(a)
        return True

    # -- patterns ---------------------------------------------------------------------
    def bind_pat(self, p: ast.Pat, source: str = "match") -> None:
        """Resolve a whole pattern, then bring its bindings into the innermost scope
        (rustc's `resolve_pattern_top`). `source`: where the pattern is, "let",
        "match", "for" or "param" (for E0530's wording: binding_shadows.py)."""
        if self.pat_ctx is not None:
            self._bind_pat(p)
            return
        self.pat_ctx = ctx = PatBindings()
        self.pat_source = source
        try:
            self._bind_pat(p)
        finally:
            self.pat_ctx = None
        self.diags.extend(ctx.diags)
        if has_or(p):
            n = len(self.diags)
            binding_map(p, self.diags)
            if len(self.diags) > n and self.label_scopes.stack:
                self.res.or_errors_in_loop = True
        for name, b in ctx.bound.items():
            self.scopes[-1][local_key(name, b.span)] = b.pat_id
            self.fn_bindings[name] = b.span

    def _bind_pat(self, p: ast.Pat) -> None:
        """Resolve a pattern and note its bindings in `self.pat_ctx`. Refutable
        forms (literals, ranges, `|`) are accepted here; typeck and the match checker
        decide where they are allowed."""
        k = p.kind
        if isinstance(k, ast.PatIdent) and not k.by_ref and k.sub is None and not k.mutable \
                and self.mods.active and module_paths.const_pat(self, p, k.ident):
            return
        if isinstance(k, ast.PatIdent) and not self.mods.active:
            shadows = binding_shadows.check(self, k, self.pat_source)
            if shadows is not None:      # (E0530; the binding is bound all the same)
                self.diags.append(shadows)
                if k.sub is not None:
                    self.bind_pat(k.sub)
                self.res.locals[p.id] = LocalInfo(k.ident.name, k.mutable and not k.by_ref,
                                                  k.ident.span)
                canon = self.pat_ctx.fresh(p, k)
                if canon != p.id:
                    self.res.binding_canon[p.id] = canon
                return
        if isinstance(k, ast.PatIdent) and k.ident.name not in self.res.consts \
                and prelude.unit_path_pat(self, p, k):
            k = p.kind
        if isinstance(k, ast.PatIdent) and not k.by_ref and k.sub is None and not k.mutable \
                and k.ident.name in self.res.consts and k.ident.name not in self.mods.keys \
                and not binding_shadows.local_in_scope(self, k.ident.name):
            self.diags.extend(const_pattern(p, k.ident, self.res))
            return
        if isinstance(k, ast.PatIdent):
            if k.sub is not None:
                self.bind_pat(k.sub)
            # `ref mut x` borrows mutably; the binding itself is not `mut`.
            self.res.locals[p.id] = LocalInfo(k.ident.name, k.mutable and not k.by_ref, k.ident.span)
            canon = self.pat_ctx.fresh(p, k)
            if canon != p.id:
                self.res.binding_canon[p.id] = canon
            return
        if isinstance(k, (ast.PatWild, ast.PatRest)):
            return
        if isinstance(k, ast.PatTuple):
            for el in k.elems:
                self.bind_pat(el)
            return
        if isinstance(k, (ast.PatParen, ast.PatRef)):
            self.bind_pat(k.pat)
            return
        if isinstance(k, ast.PatSlice):
            for el in k.elems:
                self.bind_pat(el)
            return
        if isinstance(k, ast.PatLit):
            if isinstance(k.expr.kind, ast.ExprLit) and k.expr.kind.lit.kind == "bytestr":
                self.diags.append(unsupported(k.expr.span, "byte string patterns"))
                return
            self.expr(k.expr)
            return
        if isinstance(k, ast.PatRange):
            for end in (k.lo, k.hi):
                if end is not None:
                    self.expr(end)
            return
        if isinstance(k, ast.PatStruct):
            self.adt_path(p.id, k.qself, k.path, "struct")
            if self.mods.active:
                module_paths.private_fields(self, p.id, p.span, [f.ident.name for f in k.fields])
            for f in k.fields:
                self.bind_pat(f.pat)
            return
        if isinstance(k, ast.PatTupleStruct):
            self.adt_path(p.id, k.qself, k.path, "tuple")
            if self.mods.active:
                module_paths.private_fields(self, p.id, p.span, None)
            for el in k.elems:
                self.bind_pat(el)
            return
        if isinstance(k, ast.PatPath):
            self.adt_path(p.id, k.qself, k.path, "unit")
            return
        if isinstance(k, ast.PatOr):
            self.pat_ctx.enter_or()
            for alt in k.alts:
                self.pat_ctx.enter_alt()
                self._bind_pat(alt)
                self.pat_ctx.leave()
            self.pat_ctx.leave()
            return
        self.diags.append(unsupported(p.span, "this kind of pattern"))

    # -- statements and expressions ---------------------------------------------------
    def block(self, b: ast.Block) -> None:
        self.scopes.append({})
        items = block_items.enter(self, b)
        for s in b.stmts:
            self.stmt(s)
        block_items.leave(self, items)
        self.scopes.pop()

    def stmt(self, s: ast.Stmt) -> None:
        k = s.kind
        if isinstance(k, ast.StmtLet):
            if k.ty is not None:
                lifetime_params.let_ty(self, k)
            if k.init is None:
                pk = k.pat.kind
                if not (isinstance(pk, ast.PatIdent) and not pk.by_ref and pk.sub is None):
                    self.diags.append(unsupported(k.pat.span, "`let` without an initial value "
                                                  "for patterns other than a name"))
            else:
                outer, self.cur_let = self.cur_let, k
                self.expr(k.init)
                self.cur_let = outer
            if k.else_ is not None:
                # `let PAT = EXPR else { .. };`: the pattern's bindings are not in scope
                # in the `else` block.
                self.block(k.else_)
            # The binding is visible only after its initialiser (`let x = x + 1;`).
            self.bind_pat(k.pat, "let")
            self.let_stmts[k.pat.id] = (s, k)       # (E0435's help: resolve/array_lens.py)
            if k.init is None and k.pat.id in self.res.locals:
                self.res.locals[k.pat.id].deferred = True
        elif isinstance(k, ast.StmtExpr):
            self.expr(k.expr)
        elif isinstance(k, ast.StmtEmpty):
            pass
        elif isinstance(k, ast.StmtItem):
            block_items.item_stmt(self, k.item)   # declared on entry to the block
        elif isinstance(k, ast.StmtMacCall):
            # Expansion replaces every macro it knows; one left over was reported there.
            pass
        else:
            self.diags.append(unsupported(s.span, "this statement"))

    def expr(self, e: ast.Expr, callee: bool = False) -> None:
        k = e.kind
        if isinstance(k, ast.ExprLit):
            if k.lit.kind not in ("int", "float", "bool", "char", "str", "byte", "bytestr"):
                self.diags.append(unsupported(e.span, f"{_lit_what(k.lit.kind)} literals"))
            elif k.lit.kind == "int" and k.lit.suffix and k.lit.suffix not in PRIMITIVES:
                self.diags.append(unsupported(e.span, f"`{k.lit.suffix}` literals"))
        elif isinstance(k, ast.ExprPath):
            self.path_expr(e, k, callee)
        elif isinstance(k, ast.ExprUnary):
            self.expr(k.expr)
        elif isinstance(k, ast.ExprAddrOf):
            if k.raw:
                self.diags.append(unsupported(e.span, "raw borrows"))
            self.expr(k.expr)
        elif isinstance(k, ast.ExprBinary):
            self.expr(k.lhs)
            self.expr(k.rhs)
        elif isinstance(k, ast.ExprAssign):
            self.place(k.lhs)
            self.expr(k.rhs)
        elif isinstance(k, ast.ExprAssignOp):
            self.place(k.lhs)
            self.expr(k.rhs)
        elif isinstance(k, ast.ExprCall):
            # Any expression may be called: typeck decides (closures, E0618).
            self.expr(k.func, callee=isinstance(k.func.kind, ast.ExprPath))
            for a in k.args:
                self.expr(a)
        elif isinstance(k, ast.ExprParen):
            self.expr(k.expr)
        elif isinstance(k, ast.ExprCast):
            self.expr(k.expr)
            self.ty(k.ty)
        elif isinstance(k, ast.ExprBlock):
            self.label_scopes.enter(k.label, e.id)
            self.block(k.block)
            self.label_scopes.exit()
        elif isinstance(k, ast.ExprIf):
            # `if let` and let chains: the bindings are in scope in the rest of the
            # condition and in the `then` block.
            self.scopes.append({})
            self.cond(k.cond)
            self.block(k.then)
            self.scopes.pop()
            if k.else_ is not None:
                self.expr(k.else_)
        elif isinstance(k, ast.ExprWhile):
            # The label is in scope in the condition too (`while { break 'a } {}`).
            self.label_scopes.enter(k.label, e.id)
            self.scopes.append({})
            self.cond(k.cond)
            self.block(k.body)
            self.scopes.pop()
            self.label_scopes.exit()
        elif isinstance(k, ast.ExprLoop):
            self.label_scopes.enter(k.label, e.id)
            self.block(k.body)
            self.label_scopes.exit()
        elif isinstance(k, (ast.ExprBreak, ast.ExprContinue)):
            if k.label is not None:
                self.label_scopes.resolve(e, k.label)
            if isinstance(k, ast.ExprBreak) and k.value is not None:
                self.expr(k.value)
        elif isinstance(k, ast.ExprForLoop):
            # Until traits arrive, `for` iterates integer ranges only: `a..b`, `a..=b`.
            it = k.iter
            while isinstance(it.kind, ast.ExprParen):
                it = it.kind.expr
            if not isinstance(it.kind, ast.ExprRange):
                self.expr(it)    # an array, by value (typeck refuses other iterables)
            elif it.kind.lo is not None and it.kind.hi is None:
                self.expr(it)    # `a..`: std's `RangeFrom` iterator (typeck/for_iter.py)
            elif not (it.kind.lo is not None and it.kind.hi is not None):
                self.diags.append(unsupported(k.iter.span, "`for` loops over anything but a range "
                                              "`a..b` or `a..=b`"))
            else:
                self.expr(it.kind.lo)
                self.expr(it.kind.hi)
            self.label_scopes.enter(k.label, e.id)
            self.scopes.append({})
            self.bind_pat(k.pat, "for")
            self.block(k.body)
            self.scopes.pop()
            self.label_scopes.exit()
        elif isinstance(k, ast.ExprMatch):
            self.expr(k.scrutinee)
            for arm in k.arms:
                self.scopes.append({})
                self.bind_pat(arm.pat)
                if arm.guard is not None:
                    self.expr(arm.guard)
                self.expr(arm.body)
                self.scopes.pop()
        elif isinstance(k, ast.ExprReturn):
            if k.value is not None:
                self.expr(k.value)
        elif isinstance(k, ast.ExprBuiltinMacro):
            if k.name not in _SUPPORTED_MACROS:
                self.diags.append(unsupported(e.span, f"the `{k.name}!` macro"))
            if k.name == "vec" and isinstance(k.args[0].kind, ast.ExprRepeat):
                # `vec![x; n]`: `n` is a run-time value, not an array length.
                self.expr(k.args[0].kind.elem)
                self.expr(k.args[0].kind.count)
            else:
                for a in k.args:
                    self.expr(a)
            if k.fmt is not None:
                self.format_args(k.fmt)
        elif isinstance(k, ast.ExprFormatArgs):
            self.format_args(k)
        elif isinstance(k, ast.ExprTuple):
            for el in k.elems:
                self.expr(el)
        elif isinstance(k, ast.ExprField):
            self.expr(k.expr)
        elif isinstance(k, ast.ExprStruct):
            self.adt_path(e.id, k.qself, k.path, "struct")
            if self.mods.active:
                module_paths.private_fields(self, e.id, e.span, [f.ident.name for f in k.fields])
            for f in k.fields:
                self.expr(f.expr)
            if k.base is not None:
                self.expr(k.base)
            if k.rest:
                self.diags.append(unsupported(e.span, "default field values (`..` without a base)"))
        elif isinstance(k, ast.ExprMethodCall) and (k.segment.args is None
                                                    or self.path_args([k.segment])):
            # Inherent methods, `.clone()` of derived Clone and `.len()` of arrays
            # (typeck tells them apart); a turbofish (`sum::<u32>()`) is typeck's too.
            self.expr(k.receiver)
            for a in k.args:
                self.expr(a)
        elif isinstance(k, (ast.ExprArray, ast.ExprRepeat, ast.ExprIndex)):
            self.array_expr(e, k)
        elif isinstance(k, ast.ExprErr):
            pass
        elif isinstance(k, ast.ExprTry):
            self.expr(k.expr)    # typeck accepts `?` on a `fmt::Result` only (typeck/traits.py)
        elif isinstance(k, ast.ExprMacCall):
            pass  # reported by expansion
        elif isinstance(k, ast.ExprClosure):
            closures.resolve_closure(self, e, k)
        elif isinstance(k, ast.ExprRange):       # a range value (typeck/ranges.py)
            for bound in (k.lo, k.hi):
                if bound is not None:
                    self.expr(bound)
        else:
            self.diags.append(unsupported(e.span, _expr_what(k)))

    def cond(self, e: ast.Expr) -> None:
        """An `if`/`while` condition: `let PAT = EXPR` operands of a `&&` chain bind
        for the operands after them."""
        k = e.kind
        if isinstance(k, ast.ExprLet):
            self.expr(k.expr)
            self.bind_pat(k.pat, "let")
        elif isinstance(k, ast.ExprBinary) and k.op == "&&" and is_let_chain(e):
            self.cond(k.lhs)
            self.cond(k.rhs)
        else:
            self.expr(e)

    def array_expr(self, e: ast.Expr, k) -> None:
        if isinstance(k, ast.ExprArray):
            for el in k.elems:
                self.expr(el)
        elif isinstance(k, ast.ExprRepeat):
            self.expr(k.elem)
            array_lens.resolve(self, k.count, in_type=False)   # `[0; WIDTH + 1]`
        else:
            self.expr(k.expr)
            self.index(e, k)

    def index(self, e: ast.Expr, k: ast.ExprIndex) -> None:
        idx = k.index
        while isinstance(idx.kind, ast.ExprParen):
            idx = idx.kind.expr
        if isinstance(idx.kind, ast.ExprRange):
            # `a[i..j]`: slicing (typeck/slicing.py); the bounds are plain expressions.
            for bound in (idx.kind.lo, idx.kind.hi):
                if bound is not None:
                    self.expr(bound)
        else:
            self.expr(k.index)

    def format_args(self, f: ast.ExprFormatArgs) -> None:
        for spec in f.specs:
            if spec.trait == "p":
                self.diags.append(unsupported(spec.span or f.span, "the `{:p}` format (pointers)"))
        for a in f.args:
            self.expr(a)

    def place(self, e: ast.Expr) -> None:
        if isinstance(e.kind, ast.ExprPath):
            self.expr(e)
        elif isinstance(e.kind, ast.ExprParen):
            self.place(e.kind.expr)
        elif isinstance(e.kind, ast.ExprField):
            self.place(e.kind.expr)
        elif isinstance(e.kind, ast.ExprIndex):
            self.place(e.kind.expr)
            self.index(e, e.kind)
        elif isinstance(e.kind, ast.ExprUnary) and e.kind.op == "*":
            self.expr(e.kind.expr)
        elif is_non_place(e):
            self.expr(e)   # typeck reports rustc's E0070/E0067 after checking both sides
        else:
            self.diags.append(unsupported(e.span, "assigning to this kind of place"))

    def path_expr(self, e: ast.Expr, k: ast.ExprPath, callee: bool) -> None:
        if self.res.ty_aliases and k.qself is None and len(k.path.segments) > 1 \
                and not alias_paths.expand_first(self, k.path):
            self.res.values[e.id] = Res("err")     # `Counts::new()` (alias_paths.py)
            return
        segs = k.path.segments
        if k.qself is None and any(s.args is not None for s in segs) and len(segs) <= 2:
            # Generic arguments (`id::<i32>`, `Pair::<u8>::new`, `Maybe::<T>::Nothing`):
            # resolved here, counted and applied by the type checker.
            if not self.path_args(segs):
                self.res.values[e.id] = Res("err")
                return
        if (k.qself is not None or len(segs) == 2 or (callee and segs[0].ident.name == "Ok")) \
                and traits.resolve_path(self, e, k):
            return
        if (self.mods.active or module_paths.in_std(self, k.path)) \
                and module_paths.path_expr(self, e, k, callee):
            return
        generic = k.qself is None and len(segs) <= 2
        if k.qself is None and len(segs) == 2 and (generic or segs[0].args is None and segs[1].args is None) \
                and self.type_relative(e, segs[0].ident.name, segs[1].ident):
            return
        if k.qself is None and len(segs) == 2 and segs[0].args is None and segs[1].args is None \
                and (segs[0].ident.name, segs[1].ident.name) in PRIM_CONSTS:
            self.res.values[e.id] = Res("prim_const", (segs[0].ident.name, segs[1].ident.name))
            return
        first = segs[0].ident.name
        if first == "Self" and self.self_ty is not None:
            first = self.self_ty
        if k.qself is None and len(segs) == 2 \
                and first in self.res.adts and self.res.adts[first].is_enum:
            adt = self.res.adts[first]
            i = self.variant(adt, segs[1].ident)
            if i is None:
                self.res.values[e.id] = Res("err")
                return
            v = adt.variants[i]
            if v.kind == "unit":
                self.res.values[e.id] = Res("variant", (adt.name, i))
            elif v.kind == "tuple" and callee:
                self.res.values[e.id] = Res("variant_ctor", (adt.name, i))
            elif v.kind == "tuple":    # `.map(Shape::Circle)` (resolve/ctor_values.py)
                from .ctor_values import value
                value(self, e, "variant_ctor", (adt.name, i))
            else:
                self.diags.append(unsupported(e.span, "enum variants used as values"))
                self.res.values[e.id] = Res("err")
            return
        if k.qself is None and len(segs) == 2 and segs[0].args is None and segs[1].args is None \
                and segs[0].ident.name not in self.res.adts and not callee:
            from .prim_assoc import surely_missing
            if surely_missing(segs[0].ident.name, segs[1].ident.name):
                # typeck reports E0599, as rustc resolves type-relative paths there.
                self.res.values[e.id] = Res("prim_assoc_missing", (segs[0].ident.name,
                                                                   segs[1].ident.name))
                return
        if len(segs) > 2 and traits.long_std_trait_path(self, e, k):
            return
        if k.qself is not None or len(segs) != 1 or (segs[0].args is not None and not (
                segs[0].ident.name in self.res.fns or segs[0].ident.name in self.res.adts
                or prelude.variant(self, segs[0].ident.name) is not None)):
            self.diags.append(unsupported(e.span, "paths with several segments or generic arguments"))
            self.res.values[e.id] = Res("err")
            return
        ident = segs[0].ident
        name = ident.name
        key = local_key(name, ident.span)
        for scope in reversed(self.scopes):
            if key in scope:
                self.res.values[e.id] = Res("local", scope[key])
                closures.note_local(self, scope, scope[key])
                return
        if name == "self":
            self.res.values[e.id] = Res("err")
            self.diags.append(e0424(ident.span, self.cur_fn if self.self_ty else None))
            return
        if name == "Self" and self.self_ty is not None:
            name = self.self_ty
        if const_params.value_path(self, e, name):    # `N` of `<const N: usize>`
            return
        if name in self.res.fns:
            self.res.values[e.id] = Res("fn", name)
            return
        if name in self.res.consts:
            kind = "static" if isinstance(self.res.consts[name].kind, ast.Static) else "const"
            self.res.values[e.id] = Res(kind, name)
            return
        adt = self.res.adts.get(name)
        if adt is not None and adt.kind == "tuple" and callee:
            self.res.values[e.id] = Res("ctor", name)
            return
        if adt is not None and adt.kind == "tuple" and adt.fields:   # (resolve/ctor_values.py)
            from .ctor_values import value
            value(self, e, "ctor", name)
            return
        if adt is not None and adt.kind == "unit":
            self.res.values[e.id] = Res("unit_struct", name)
            return
        if adt is not None and adt.kind == "named" and adt.fields and not callee:
            self.diags.append(e0423_struct_as_value(e.span, adt))
            self.res.values[e.id] = Res("err")
            return
        if adt is not None:
            self.diags.append(unsupported(e.span, "struct constructors used as values"))
            self.res.values[e.id] = Res("err")
            return
        if prelude.value(self, e, name, callee):
            return
        self.res.values[e.id] = Res("err")
        if block_items.captures(self, ident):
            return
        self.report_unresolved(ident, callee)

    def type_relative(self, e: ast.Expr, ty: str, ident: ast.Ident) -> bool:
        """`T::item` / `Self::item` for an associated function or constant of the
        learner's type (variants are looked up first); typeck checks it exists."""
        if ty == "Self" and self.self_ty is not None:
            ty = self.self_ty
        if std_imports.unimported_path(self, e.kind.path.segments[0].ident):
            self.res.values[e.id] = Res("err")     # `HashMap::new()` without its `use`
            return True
        adt = self.res.adts.get(ty)
        if adt is None:
            return prim_impls.type_relative(self, e, ty, ident)   # `i32::pow`
        if adt.is_enum and (adt.variant_index(ident.name) is not None
                            or (ident.name not in self.res.assoc.get(ty, {})
                                and not traits.declares(self.res, ident.name)
                                and (ty, ident.name) != ("Option", "default")
                                # (`#[derive(Default)]` on an enum: derive_default.py)
                                and not (ident.name == "default" and "Default" in adt.derives))):
            return False
        self.res.values[e.id] = Res("assoc", (ty, ident.name))
        return True

    def variant(self, adt, ident: ast.Ident) -> int | None:
        i = adt.variant_index(ident.name)
        if i is None:
            d = Diagnostic.error(f"no variant or associated item named `{ident.name}` found for "
                                 f"enum `{adt.name}` in the current scope", ident.span,
                                 f"variant or associated item not found in `{adt.name}`",
                                 code="E0599")
            d.secondary(adt.header, f"variant or associated item `{ident.name}` not found for this enum")
            self.diags.append(d)
        return i

    def adt_path(self, node_id: int, qself, path: ast.Path, want: str) -> None:
        """A struct, or an enum variant, named in a literal or a pattern."""
        if self.res.ty_aliases and qself is None and path.segments \
                and not alias_paths.expand_first(self, path):
            self.res.values[node_id] = Res("err")     # `P { x, y }` (alias_paths.py)
            return
        segs = path.segments
        if (self.mods.active or module_paths.in_std(self, path)) and segs \
                and module_paths.adt_path(self, node_id, qself, path):
            return
        first = segs[0].ident.name if segs else ""
        if first == "Self" and self.self_ty is not None:
            first = self.self_ty
        if qself is None and len(segs) <= 2 and not self.path_args(segs):
            self.res.values[node_id] = Res("err")
            return
        if qself is None and len(segs) == 2 and std_imports.unimported_path(self, segs[0].ident):
            self.res.values[node_id] = Res("err")     # `Ordering::Less =>` without its `use`
            return
        if qself is None and len(segs) == 2 \
                and first in self.res.adts and self.res.adts[first].is_enum:
            adt = self.res.adts[first]
            i = self.variant(adt, segs[1].ident)
            self.res.values[node_id] = Res("variant", (adt.name, i)) if i is not None else Res("err")
            return
        if qself is not None or len(segs) != 1 or (segs[0].args is not None
                                                    and first not in self.res.adts):
            self.diags.append(unsupported(path.span, "paths with several segments or generic arguments"))
            self.res.values[node_id] = Res("err")
            return
        name = first
        if name in self.res.adts:
            self.res.values[node_id] = Res("adt", name)
            return
        got = prelude.variant(self, name) if len(segs) == 1 and qself is None else None
        if got is not None:
            self.res.values[node_id] = Res("variant", got)
            return
        self.res.values[node_id] = Res("err")
        if name in self.res.ty_aliases:     # `Alias { .. }` (resolve/ty_aliases.py)
            self.diags.append(unsupported(path.span, "a struct expression through a type alias"))
            return
        if want == "tuple":     # `Pnt(x, y)` typo, `Circle(r)` without `Shape::`
            self.diags.append(tuple_pat_paths.report(self, segs[0].ident))
            return
        d = Diagnostic.error(f"cannot find struct, variant or union type `{name}` in this scope",
                             segs[0].ident.span, "not found in this scope", code="E0422")
        self.diags.append(d)

    def report_unresolved(self, ident: ast.Ident, callee: bool) -> None:
        name = ident.name
        if name in self.res.ty_aliases:     # rustc's E0423 "expected value, found type alias"
            self.diags.append(alias_values.e0423(self, ident, callee))
            return
        if self.mods is not None and name in self.mods.refused:
            return     # (its `use` was refused already: `use std::marker::PhantomData;`)
        what = alias_values.callee_what(name) if callee else "value"
        d = Diagnostic.error(f"cannot find {what} `{name}` in this scope", code="E0425")
        local_names = [n for scope in self.scopes for n in scope if isinstance(n, str)]
        fn_names = [n for n in self.res.fns if "::" not in n]
        if callee:
            best = find_best_match(fn_names, name)
            if best is not None:
                fn_item = self.res.fns[best]
                d.primary(ident.span)
                d.secondary(fn_item.kind.sig.span, f"similarly named function `{best}` defined here")
                d.help("a function with a similar name exists",
                       suggestions=[Suggestion(ident.span, best, "MaybeIncorrect", "ShowAlways")])
                self.deferred.append(d)
                return
            d.primary(ident.span, "not found in this scope")
            self.deferred.append(d)
            return
        best = find_best_match(local_names, name)
        key = local_key(name, ident.span)
        if hidden_by_hygiene(self.scopes, name, key) and name in self.fn_bindings:
            d.primary(ident.span, "not found in this scope")
            d.help("an identifier with the same name exists, but is not accessible due to "
                   "macro hygiene", self.fn_bindings[name])
        elif name in self.fn_bindings:
            d.primary(ident.span)
            d.help(f"the binding `{name}` is available in a different scope in the same function",
                   self.fn_bindings[name])
        elif best is not None:
            d.primary(ident.span)
            d.help("a local variable with a similar name exists",
                   suggestions=[Suggestion(ident.span, best, "MaybeIncorrect", "ShowAlways")])
        else:
            d.primary(ident.span, "not found in this scope")
        self.diags.append(d)


_SUPPORTED_MACROS = {"println", "print", "eprintln", "eprint", "assert", "assert_eq",
                     "assert_ne", "debug_assert", "debug_assert_eq", "debug_assert_ne",
                     "panic", "unreachable", "todo", "unimplemented", "write", "writeln",
                     "format", "vec"}


def _lit_what(kind: str) -> str:
    return {"byte": "byte", "bytestr": "byte string",
            "cstr": "C string"}.get(kind, kind)


def _item_what(k: object) -> str:
    names = {ast.Struct: "structs", ast.Enum: "enums", ast.Union_: "unions",
             ast.Impl: "`impl` blocks", ast.Trait: "traits", ast.TyAlias: "type aliases",
             ast.Const: "constants", ast.Static: "statics", ast.Mod: "modules",
             ast.ExternCrate: "`extern crate`", ast.MacroRules: "`macro_rules!` macros",
             ast.ItemMacCall: "macro invocations in item position",
             ast.ForeignMod: "`extern` blocks"}
    return names.get(type(k), "this kind of item")


def _expr_what(k: object) -> str:
    names = {ast.ExprCast: "`as` casts", ast.ExprAddrOf: "references", ast.ExprMethodCall:
             "method calls", ast.ExprField: "field access", ast.ExprIndex: "indexing",
             ast.ExprTry: "the `?` operator", ast.ExprAwait: "`.await`",
             ast.ExprTuple: "tuples", ast.ExprArray: "arrays", ast.ExprRepeat: "arrays",
             ast.ExprStruct: "structs", ast.ExprForLoop: "`for` loops",
             ast.ExprMatch: "`match`", ast.ExprClosure: "closures", ast.ExprRange: "ranges",
             ast.ExprAsync: "`async` blocks", ast.ExprLet: "`let` in this position",
             ast.ExprUnderscore: "`_` in expressions", ast.ExprTypeAscription: "type ascription"}
    return names.get(type(k), "this kind of expression")


def _bare_str(t: ast.Ty) -> bool:
    k = t.kind
    return isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1 \
        and k.path.segments[0].ident.name == "str" and k.path.segments[0].args is None
