"""Generic items in the type checker: instantiating a generic function, struct, enum
or impl at a use (fresh inference variables, or the turbofish's types), substituting
field and signature types, and the errors of type parameters (E0107 in expressions,
E0282 for an argument nothing decides, E0392 for a parameter never used, and the
"consider restricting type parameter" helps of E0369/E0277/E0599).

A type parameter inside its item is the rigid `Ty("param", name, id=index)`: it
unifies only with itself. Outside, each use of the item gets its own arguments;
`types.subst` replaces the parameters and never mutates.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import ERROR, Ty, display, has_params, subst


# -- instantiation ---------------------------------------------------------------------

def explicit_args(fcx, seg: ast.PathSegment | None, noun: str, def_ident: Span,
                  names: list[str], spans: list[Span], consts=()) -> tuple | None:
    """The types of a segment's `::<...>` for an item with parameters `names` (E0107
    when they do not count the same: all become errors then); None without one.
    `consts`: the indexes among `names` of const parameters, whose argument is a
    literal (`make::<3>()`: `Ty("const", "3")`, resolve/const_params.py)."""
    if seg is None or seg.args is None or not seg.args.args:
        return None     # (`f::<>()` infers every argument, as no turbofish does)
    from ..resolve.generics import const_literal, e0107, value_args
    d = e0107(noun, def_ident, names, spans, seg)
    if d is not None:
        fcx.diags.append(d)
        return tuple(ERROR for _ in names)
    from .check import _lower_ty
    from .holes import fill
    out = []
    for i, a in enumerate(value_args(seg)):
        lit = const_literal(a)
        r = fcx.res.types.get(a.id) if isinstance(a, ast.Ty) else None
        if r is not None and r.kind == "const_param" and i in consts:   # `::<N>`
            out.append(Ty("param", r.target[0], id=r.target[1]))
            continue
        if r is not None and r.kind == "const_item" and i in consts:    # `::<SIZE>`
            from ..resolve.array_lens import const_value
            lit = const_value(r.target, fcx.res)
            lit = None if lit is None or lit < 0 else str(lit)
        if (lit is not None) != (i in consts):
            from ..unsupported import unsupported
            fcx.diags.append(unsupported(a.span, "this generic argument for a const parameter"
                                         if i in consts else "a const argument for a type parameter"))
            return tuple(ERROR for _ in names)
        out.append(Ty("const", lit) if lit is not None else fill(fcx, _lower_ty(a, fcx.res)))
    return tuple(out)


def fresh(fcx, names: list[str], origin: ast.Expr | None, item: str, noun: str,
          from_path: bool = True) -> tuple:
    """New inference variables for the parameters `names` of `item`, remembered so an
    undecided one is reported (E0282) once the body is checked."""
    args = tuple(fcx.infer.new_var() for _ in names)
    for v, name in zip(args, names):
        fcx.generic_vars.append((v, name, origin, item, noun, from_path))
    return args


def adt_args(fcx, e: ast.Expr | None, name: str, seg: ast.PathSegment | None,
             from_path: bool = True) -> tuple:
    """The arguments of struct or enum `name` at a use: the turbofish's, or fresh."""
    adt = fcx.res.adts[name]
    g = adt.generics
    if seg is not None and seg.ident.name == "Self" and fcx.sig.self_ty is not None \
            and fcx.sig.self_ty.kind == "adt" and fcx.sig.self_ty.name == name:
        return fcx.sig.self_ty.args     # `Self` is the impl's type itself, not a fresh use
    if not g.names:
        if seg is not None and seg.args is not None:
            explicit_args(fcx, seg, "enum" if adt.is_enum else "struct", adt.ident_span, [], [])
        return ()
    noun = "enum" if adt.is_enum else "struct"
    got = explicit_args(fcx, seg, noun, adt.ident_span, g.names, g.spans, g.consts)
    return got if got is not None else fresh(fcx, g.names, e, name, noun, from_path)


def adt_ty(fcx, e: ast.Expr | None, name: str, seg: ast.PathSegment | None,
           from_path: bool = True) -> Ty:
    return Ty("adt", name, adt_args(fcx, e, name, seg, from_path))


def type_seg(path: ast.Path) -> ast.PathSegment | None:
    """The segment of a path to a struct, variant or associated item that carries the
    type's arguments (`Pair::<u8>::new`, `Maybe::<i32>::Nothing`; rustc also takes them
    on the variant: `Maybe::Nothing::<i32>`)."""
    segs = path.segments
    if len(segs) == 2 and segs[0].args is None:
        return segs[1]
    return segs[0]


def fn_item(fcx, e: ast.Expr, name: str) -> Ty:
    """A path to a function: its item type, with the generic arguments of this use."""
    sig = fcx.results.sigs.get(name)
    g = sig.generics if sig is not None else None
    seg = e.kind.path.segments[-1] if isinstance(e.kind, ast.ExprPath) else None
    if g is None or not g.names:
        if seg is not None and seg.args is not None and sig is not None:
            explicit_args(fcx, seg, "function", sig.name_span, [], [])
        return Ty("fndef", name)
    own = g.names[g.parent_count:]
    if seg is not None and seg.args is not None and any(n.startswith("impl ") for n in own):
        # `impl Trait` parameters take no explicit argument (rustc's E0107 counts the others).
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(seg.args.span, "explicit generic arguments for a function "
                                     "with `impl Trait` parameters"))
        return ERROR
    got = explicit_args(fcx, seg, "function", sig.name_span, own, g.spans[g.parent_count:],
                        {i - g.parent_count for i in g.consts})
    args = got if got is not None else fresh(fcx, own, e, name, "function")
    return Ty("fndef", name, args)


def instantiate_sig(sig, args: tuple):
    """`sig` with its type parameters replaced by `args` (the same sig when none)."""
    if not args:
        return sig
    from dataclasses import replace
    return replace(sig, params=[subst(p, args) for p in sig.params], ret=subst(sig.ret, args))


def field_tys(tys: list[Ty], ty: Ty) -> list[Ty]:
    """A struct's or variant's field types for the instantiated type `ty`."""
    return [subst(t, ty.args) for t in tys] if ty.args else tys


# -- after the body: arguments nothing decided (E0282) ----------------------------------

def report_uninferred(fcx, lets: list) -> None:
    """rustc's E0282 for the first generic argument left undecided: on the `let` whose
    type holds it, with the `: Type<T>` help, else at the path that introduced it."""
    infer = fcx.infer
    sig = getattr(fcx, "sig", None)
    if sig is not None and any(_has_error(t) for t in list(sig.params) + [sig.ret]):
        return    # (`-> Option<Self::Item>` of an impl lacking `Item`: rustc's body is tainted)
    for v, name, origin, item, noun, from_path in fcx.generic_vars:
        if infer.resolve(v).kind != "var":
            continue
        from .proj_ambiguity import e0284     # (the argument of a projection: E0284)
        if e0284(fcx, v, name, origin, item, lets):
            return
        from . import const_args              # (of a const parameter: E0284)
        if const_args.e0284(fcx, v, name, origin, item, lets):
            return
        from .collect_diags import e0283      # (`let w = it.collect();`)
        if e0283(fcx, v, name, origin, item, lets):
            return
        root = infer.shallow(v)
        for pat, init in lets:
            t = infer.resolve(fcx.local_types.get(pat.id, ERROR) if isinstance(pat.kind, ast.PatIdent)
                              else fcx.types.get(init.id, ERROR))
            if not _mentions(t, root, infer) or t.kind == "fndef":
                continue
            shown = display(_with_holes(t, {}, infer))
            d = Diagnostic.error(f"type annotations needed for `{shown}`", pat.span, code="E0282")
            if from_path and origin is not None and _inside(origin.span, init.span) \
                    and not _unused_param(fcx, item, name):
                d.secondary(origin.span, "type must be known at this point")
            names = _param_names(fcx, root)
            text = display(_with_holes(t, names, infer))
            who = f"`{pat.kind.ident.name}` an explicit type" if isinstance(pat.kind, ast.PatIdent) \
                else "this pattern a type"
            d.help(f"consider giving {who}, where the type for type parameter "
                   f"`{name}` is specified",
                   suggestions=[Suggestion(Span(pat.span.hi, pat.span.hi), f": {text}",
                                           "HasPlaceholders", "ShowAlways")])
            fcx.diags.append(d)
            return
        from .bivariance import origin_span, struct_turbofish_help
        span = origin_span(fcx, origin, item) if origin is not None else fcx.sig.name_span
        d = Diagnostic.error("type annotations needed", span,
                             f"cannot infer type of the type parameter `{name}` declared on "
                             f"the {noun} `{item.split('::')[-1]}`", code="E0282")
        struct_turbofish_help(fcx, d, origin, item)
        fcx.diags.append(d)
        return


def _inside(inner: Span, outer: Span) -> bool:
    return outer.lo <= inner.lo and inner.hi <= outer.hi


def _unused_param(fcx, item: str, name: str) -> bool:
    """A parameter the item never uses (E0392): rustc has no obligation on it to point at."""
    return name in fcx.results.unused_params.get(item, ())


def _mentions(t: Ty, root: Ty, infer) -> bool:
    if t.kind == "var":
        return infer.shallow(t) == root
    return any(_mentions(a, root, infer) for a in t.args)


def lets_mentioning(fcx, lets, root: Ty):
    """(pattern, initialiser, type) of each `let x = ..` whose type still mentions the
    undecided `root`: where rustc's E0282/E0284 asks for an annotation."""
    for pat, init in lets:
        if not isinstance(pat.kind, ast.PatIdent):
            continue
        t = fcx.infer.resolve(fcx.local_types.get(pat.id, ERROR))
        if _mentions(t, root, fcx.infer):
            yield pat, init, t


def _param_names(fcx, root: Ty) -> dict:
    """Each undecided variable's parameter name, as rustc writes it in the suggestion."""
    out = {}
    for v, name, *_ in fcx.generic_vars:
        r = fcx.infer.shallow(v)
        if r.kind == "var" and r.id not in out:
            out[r.id] = name
    return out


def _with_holes(t: Ty, names: dict, infer) -> Ty:
    """`t` with undecided variables shown as their parameter's name (or `_`)."""
    t = infer.shallow(t)
    if t.kind == "var":
        return Ty("param", names.get(t.id, "_"))
    if t.kind == "intvar":
        return Ty("param", "i32")
    if t.kind == "floatvar":
        return Ty("param", "f64")
    if t.args:
        return Ty(t.kind, t.name, tuple(_with_holes(a, names, infer) for a in t.args), t.mutable, t.id)
    return t


# -- items: parameters never used (E0392) ------------------------------------------------

def unused_params(adt) -> list[tuple[str, Span]]:
    """The type parameters of a struct or enum that none of its fields mention."""
    g = adt.generics
    if not g.names:
        return []
    from ..std import is_std_span
    if is_std_span(adt.header):
        return []       # std's `Vec<T>`: its buffer is the machine's (interp/shims_vec.py)
    used: set[str] = set()
    for f in adt.fields + [f for v in adt.variants for f in v.fields]:
        _names_in(f.ty, used)
    return [(n, s) for i, (n, s) in enumerate(zip(g.names, g.spans))
            if n not in used and i not in g.consts]     # (a const parameter may go unused)


def _names_in(t: ast.Ty, out: set) -> None:
    from ..syntax.visit import iter_nodes
    for n in iter_nodes(t):
        if isinstance(n, ast.Ty) and isinstance(n.kind, ast.TyPath) and len(n.kind.path.segments) == 1:
            out.add(n.kind.path.segments[0].ident.name)


def e0392(name: str, span: Span) -> Diagnostic:
    d = Diagnostic.error(f"type parameter `{name}` is never used", span, "unused type parameter",
                         code="E0392")
    d.help(f"consider removing `{name}`, referring to it in a field, or using a marker such as "
           "`PhantomData`")
    d.help(f"if you intended `{name}` to be a const parameter, use `const {name}: /* Type */` "
           "instead")
    return d


# -- "consider restricting type parameter" -----------------------------------------------

def bound_insertion(fcx, t: Ty) -> tuple[int, str] | None:
    """Where rustc adds a bound to type parameter `t` of the function being checked, and
    the text before the trait (`: ` for a bare parameter, ` + ` after its inline bounds);
    None for the forms not modelled (a bound in a `where` clause: rustc extends it)."""
    from .bounds import param_bounds
    g = fcx.sig.generics
    if t.kind != "param" or g is None or not (0 <= t.id < len(g.names)) \
            or g.names[t.id] != t.name:
        return None
    own = param_bounds(fcx, t)
    inline = g.own_span
    if own and (inline is None or any(not (inline.lo <= s.lo and s.hi <= inline.hi)
                                      for _, s in own)):
        return None
    return (own[-1][1].hi, " + ") if own else (g.spans[t.id].hi, ": ")


def restrict_help(fcx, d: Diagnostic, t: Ty, trait: str, path: str) -> bool:
    """rustc's help adding a bound `T: path` to the parameter's declaration."""
    got = bound_insertion(fcx, t)
    if got is None:
        return False
    at, sep = got
    further = "further " if sep == " + " else ""
    d.help(f"consider {further}restricting type parameter `{t.name}` with trait `{trait}`",
           suggestions=[Suggestion(Span(at, at), sep + path, "MaybeIncorrect", "ShowAlways")])
    return True


def param_span(fcx, t: Ty) -> Span | None:
    g = fcx.sig.generics
    if t.kind == "param" and g is not None and 0 <= t.id < len(g.spans) and g.names[t.id] == t.name:
        return g.spans[t.id]
    return None


def param_mismatch(fcx, d: Diagnostic, exp: Ty, fnd: Ty) -> None:
    """The labels and notes rustc adds to an E0308 where a type parameter was expected
    (`expected this type parameter`, `the caller chooses a type for `T``)."""
    if exp.kind != "param":
        return
    sp = param_span(fcx, exp)
    other = param_span(fcx, fnd) if fnd.kind == "param" else None
    if sp is not None:
        d.secondary(sp, "expected type parameter" if other is not None else
                    "expected this type parameter")
    if other is not None:
        d.secondary(other, "found type parameter")
    from .mismatch_helps import prefix_string
    if fnd.kind == "param":
        d.note(f"expected type parameter `{exp.name}`\n   found type parameter `{fnd.name}`")
        d.note("a type parameter was expected, but a different one was found; you might be "
               "missing a type parameter or trait bound")
        d.note("for more information, visit "
               "https://doc.rust-lang.org/book/ch10-02-traits.html#traits-as-parameters")
    else:
        from .ref_to_self import erase, is_ref_to_self     # (`&T` found for `T`)
        shown_e, shown_f = (erase(exp), erase(fnd)) if is_ref_to_self(exp, fnd) else (exp, fnd)
        d.note(f"expected type parameter `{shown_e.name}`\n"
               f"{' ' * (len('expected type parameter') - len('found ' + prefix_string(fnd)))}"
               f"found {prefix_string(fnd)} `{display(shown_f)}`")



def caller_chooses(d: Diagnostic, exp: Ty, fnd: Ty) -> None:
    """rustc's note on a returned value where the return type is a type parameter."""
    from .ref_to_self import is_ref_to_self
    if is_ref_to_self(exp, fnd):
        return
    shown = fnd
    if shown.kind == "intvar":
        shown = Ty("int", "i32")
    elif shown.kind == "floatvar":
        shown = Ty("float", "f64")
    d.note(f"the caller chooses a type for `{exp.name}` which can be different from "
           f"`{display(shown)}`")


def mentions_params(t: Ty) -> bool:
    return has_params(t)


def param_binop(fcx, k: ast.ExprBinary, t: Ty, shown: Ty | None = None) -> None:
    """E0369 for a comparison of two values of a type parameter without the bound."""
    from .cmp_bounds import param_compare_ok
    if param_compare_ok(fcx, k.op, t):
        return
    name = display(shown or t)       # (`&T` for references, as rustc names the operand)
    d = Diagnostic.error(f"binary operation `{k.op}` cannot be applied to type `{name}`",
                         k.op_span, code="E0369")
    d.secondary(k.lhs.span, name)
    d.secondary(k.rhs.span, name)
    trait = "PartialEq" if k.op in ("==", "!=") else "PartialOrd"
    restrict_help(fcx, d, t, trait, f"std::cmp::{trait}")
    fcx.diags.append(d)


def _has_derived(fcx, t: Ty, trait: str) -> bool:
    from .check import _comparable
    t = fcx.infer.resolve(t)
    if t.kind == "const":       # a const generic argument (`Grid<3>`)
        return True
    from .cow_cmp import implements as cow_implements    # (`Vec<Cow<str>>`: typeck/cow_cmp.py)
    if t.kind == "adt" and cow_implements(fcx, t, trait):
        return True
    if t.kind == "adt":
        return trait in fcx.results.adts[t.name].derives \
            and all(_has_derived(fcx, a, trait) for a in t.args)
    if t.kind in ("tuple", "array"):
        return all(_has_derived(fcx, a, trait) for a in (t.args[:1] if t.kind == "array" else t.args))
    if t.kind == "ref":     # (`&str` compares as its text)
        return t.args[0].kind == "str" or _has_derived(fcx, t.args[0], trait)
    return t.is_error or _comparable(t)


def derived_for_args(fcx, e: ast.Expr, t: Ty, trait: str) -> None:
    """A derived impl holds only when every type argument has the trait too; rustc's
    error for the other case (`required for `W<X>` to implement ..`) is not modelled."""
    if not all(_has_derived(fcx, a, trait) for a in t.args):
        from .cmp_missing import compare     # (`Vec<Token>`: rustc's E0369 names `Token`)
        if trait == "PartialEq" and compare(fcx, e.kind, t):
            return
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(e.span, f"a derived `{trait}` whose type arguments lack it"))


def fmt_unimplemented(fcx, t: Ty, trait: str, arg_span: Span, spec_span: Span | None) -> bool:
    """E0277 for `{}`/`{:?}` of a type parameter (rustc suggests the bound instead of a
    derive); True when handled here."""
    if t.kind == "adt" and t.args and trait == "?" and "Debug" in fcx.results.adts[t.name].derives:
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(arg_span, "a derived `Debug` whose type arguments lack it"))
        return True
    if t.kind != "param" or trait not in ("", "?"):
        return False
    from .check import _fmt_unimplemented
    d = _fmt_unimplemented(t, trait, arg_span, spec_span)
    d.children = [c for c in d.children if not c.message.startswith(("the trait", "add `#[derive"))]
    name = "Debug" if trait == "?" else "Display"
    restrict_help(fcx, d, t, name, f"std::fmt::{name}")
    fcx.diags.append(d)
    return True


def retarget(fcx, old: ast.Expr, new: ast.Expr) -> None:
    """Generic arguments introduced by a callee path belong to its call for E0282."""
    fcx.generic_vars[:] = [(v, n, new if o is old else o, *rest)
                           for v, n, o, *rest in fcx.generic_vars]


def _has_error(t) -> bool:
    return t.is_error or any(_has_error(a) for a in t.args)
