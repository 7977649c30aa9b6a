"""rustc's errors for `collect`, `sum` and `product` whose target type nothing decides
(typeck/generics.py's `report_uninferred` and methods.py's unknown receiver ask here
first):
- `let w = it.collect();` is E0283 on the `let`: "cannot satisfy `_: FromIterator<i32>`",
  the bound's note in rustc's library and, for `collect`, the `Vec<_>` suggestion;
- `it.collect().len()` is E0282 at the method: rustc suggests `::<Vec<_>>` (`::<S>` for
  `sum`).
The forms whose texts depend on std's impls Ferrite does not have (String items:
"multiple `impl`s satisfying ..."; the learner's own `Sum` impls changing rustc's list)
are refused as unsupported.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..std_locations import std_span
from ..syntax import ast
from ..types import ERROR, Ty, display
from ..unsupported import unsupported

_TRAITS = {"collect": "FromIterator", "sum": "Sum", "product": "Product"}

# rustc 1.95's list of the impls of `Sum<A>` / `Product<A>` (its first eight, sorted).
_SUM_IMPLS = """`Duration` implements `Sum<&'a Duration>`
`Duration` implements `Sum`
`Option<T>` implements `Sum<Option<U>>`
`Result<T, E>` implements `Sum<Result<U, E>>`
`Saturating<u128>` implements `Sum<&'a Saturating<u128>>`
`Saturating<u128>` implements `Sum`
`Saturating<u16>` implements `Sum<&'a Saturating<u16>>`
`Saturating<u16>` implements `Sum`
and 88 others"""
_PRODUCT_IMPLS = """`Option<T>` implements `Product<Option<U>>`
`Result<T, E>` implements `Product<Result<U, E>>`
`Saturating<u128>` implements `Product<&'a Saturating<u128>>`
`Saturating<u128>` implements `Product`
`Saturating<u16>` implements `Product<&'a Saturating<u16>>`
`Saturating<u16>` implements `Product`
`Saturating<u32>` implements `Product<&'a Saturating<u32>>`
`Saturating<u32>` implements `Product`
and 86 others"""


def _is_target(item: str, origin) -> bool:
    return item in _TRAITS and isinstance(getattr(origin, "kind", None), ast.ExprMethodCall) \
        and origin.kind.segment.ident.name == item


def _obligation(fcx, root: Ty, trait: str):
    for ob in fcx.bound_obligations:
        if ob.trait == trait and ob.targs is not None and fcx.infer.shallow(ob.ty) == root:
            return ob
    return None


def _plain_item(t: Ty) -> bool:
    """Items whose `FromIterator` impls are only std's generic collections (so rustc says
    "cannot satisfy"): numbers, `bool`, tuples and references of them."""
    if t.kind in ("int", "float", "bool", "intvar", "floatvar"):
        return True
    if t.kind in ("tuple", "ref"):
        return all(_plain_item(a) for a in t.args)
    return False


def e0283(fcx, v: Ty, name: str, origin, item: str, lets: list) -> bool:
    """E0283 for the undecided target `v` of `collect`/`sum`/`product` in a `let`;
    False when this is not that case (the caller reports E0282)."""
    if not _is_target(item, origin):
        return False
    infer = fcx.infer
    root = infer.shallow(v)
    trait = _TRAITS[item]
    ob = _obligation(fcx, root, trait)
    if ob is None:
        return False
    for pat, init in lets:
        if not isinstance(pat.kind, ast.PatIdent) or \
                infer.shallow(fcx.local_types.get(pat.id, ERROR)) != root:
            continue
        at = origin.kind.segment.ident.span
        arg = infer.fallback(ob.targs[0])
        if not _plain_item(arg) or (trait != "FromIterator" and _learner_impls(fcx, trait)):
            fcx.diags.append(unsupported(at, f"`{item}` whose result type is not given"))
            return True
        d = Diagnostic.error("type annotations needed", pat.span, code="E0283")
        d.secondary(at, "type must be known at this point")
        shown = trait if trait != "FromIterator" and _is_self(arg, ob) else \
            f"{trait}<{display(arg)}>"
        d.note(f"cannot satisfy `_: {shown}`")
        if trait == "Sum":
            d.help("the following types implement trait `Sum<A>`:\n" + _indent(_SUM_IMPLS))
        elif trait == "Product":
            d.help("the following types implement trait `Product<A>`:\n"
                   + _indent(_PRODUCT_IMPLS))
        callee = "collect" if item == "collect" else f"std::iter::Iterator::{item}"
        note = Diagnostic("note", f"required by a bound in `{callee}`")
        note.primary(std_span(f"core::iter::Iterator::{item}"))
        d.children.append(note)
        text = ": Vec<_>" if item == "collect" else ": /* Type */"
        d.help(f"consider giving `{pat.kind.ident.name}` an explicit type",
               suggestions=[Suggestion(Span(pat.span.hi, pat.span.hi), text,
                                       "HasPlaceholders", "ShowAlways")])
        fcx.diags.append(d)
        return True
    return False


def _is_self(arg: Ty, ob) -> bool:
    return False


def _indent(text: str) -> str:
    lines = text.split("\n")
    return "".join(f"  {line}\n" for line in lines[:-1]) + lines[-1]


def _learner_impls(fcx, trait: str) -> bool:
    from ..std import is_std_span
    return any(not is_std_span(i.imp.header) for i in fcx.results.traits.generic.get(trait, ()))


def unknown_receiver(fcx, rt: Ty) -> bool:
    """E0282 at `collect`/`sum`/`product` when its undecided result is a method call's
    receiver (`it.collect().len()`); False when `rt` is not such a result."""
    root = fcx.infer.shallow(rt)
    for v, name, origin, item, noun, _ in fcx.generic_vars:
        if fcx.infer.shallow(v) != root or not _is_target(item, origin):
            continue
        ident = origin.kind.segment.ident
        d = Diagnostic.error("type annotations needed", ident.span,
                             f"cannot infer type of the type parameter `{name}` declared on "
                             f"the method `{item}`", code="E0282")
        text = "::<Vec<_>>" if item == "collect" else f"::<{name}>"
        d.help("consider specifying the generic argument",
               suggestions=[Suggestion(Span(ident.span.hi, ident.span.hi), text,
                                       "HasPlaceholders", "ShowAlways")])
        fcx.diags.append(d)
        return True
    return False


# -- E0277: `let v: Vec<i32> = it.collect();` over `&i32` items ---------------------------------

_STRING_IMPLS = """`String` implements `FromIterator<&char>`
`String` implements `FromIterator<&std::ascii::Char>`
`String` implements `FromIterator<&str>`
`String` implements `FromIterator<Box<str, A>>`
`String` implements `FromIterator<Cow<'_, str>>`
`String` implements `FromIterator<String>`
`String` implements `FromIterator<char>`
`String` implements `FromIterator<std::ascii::Char>`"""


# std's collections with one `FromIterator` impl: the number of type parameters
# their element is made of (a map's `(K, V)`).
_COLLECTIONS = {"HashMap": 2, "BTreeMap": 2, "HashSet": 1, "BTreeSet": 1, "VecDeque": 1}


def _other_elements(fcx, t: Ty, item: Ty) -> bool:
    """`t` is one of those collections and the items are not its elements (items that
    are, whose impl's bounds fail (`HashSet<f64>`), are another error)."""
    from .extend_args import _compatible
    n = _COLLECTIONS.get(t.name) if t.kind == "adt" else None
    if n is None or len(t.args) < n or item.kind == "ref":
        return False
    want = Ty("tuple", args=tuple(t.args[:2])) if n == 2 else t.args[0]
    return not _compatible(fcx, want, item)


def e0277(fcx, ob, t: Ty, tref) -> bool:
    """rustc's E0277 for a `collect` into a type that cannot be built from the items
    (a `Vec` of other elements, a `String`, a number); True when reported here (or
    refused), False when this is not such a call."""
    e = getattr(ob, "call_expr", None)
    if e is None or not isinstance(e.kind, ast.ExprMethodCall):
        return False
    if ob.callee in ("sum", "product") and tref.trait == _TRAITS[ob.callee]:
        return _accum_e0277(fcx, ob, e, t, tref)
    if ob.callee != "collect" or tref.trait != "FromIterator":
        return False
    item = tref.args[0]
    from .collect_hash_key import e0277 as hash_key_e0277
    if hash_key_e0277(fcx, e, ob, t, tref):     # (`HashSet<f64>`: its impl's bounds fail)
        return True
    chain = _chain_note(fcx, e)
    if chain is None:
        fcx.diags.append(unsupported(ob.func, f"`collect` into `{display(t)}` from "
                                     f"`{display(item)}` items"))
        return True
    d = _at(e, ob, f"a value of type `{display(t)}` cannot be built from an iterator over "
            f"elements of type `{display(item)}`",
            f"value of type `{display(t)}` cannot be built from "
            f"`std::iter::Iterator<Item={display(item)}>`")
    if t.kind == "adt" and t.name == "Vec":
        elem = t.args[0]
        got, want = (Ty("ref", args=(Ty("param", "_"),), mutable=item.mutable), Ty("param", "_")) \
            if item.kind == "ref" and item.args[0] == elem else (item, elem)
        h = Diagnostic("help", f"the trait `FromIterator<{display(got)}>` is not implemented for "
                       f"`{display(t)}`\nbut trait `FromIterator<{display(want)}>` is "
                       "implemented for it")
        h.primary(std_span("impl FromIterator<T> for Vec<T>"))
        d.children.append(h)
        d.help(f"for that trait implementation, expected `{display(elem)}`, found "
               f"`{display(item)}`")
    elif _other_elements(fcx, t, item):
        # (std's maps, sets and `VecDeque`: one impl, of their elements)
        n = _COLLECTIONS[t.name]
        want = Ty("tuple", args=tuple(t.args[:2])) if n == 2 else t.args[0]
        h = Diagnostic("help", f"the trait `FromIterator<{display(item)}>` is not implemented "
                       f"for `{display(t)}`\nbut trait `FromIterator<{display(want)}>` is "
                       "implemented for it")
        h.primary(std_span(f"impl FromIterator for {t.name}"))
        d.children.append(h)
        d.help(f"for that trait implementation, expected `{display(want)}`, found "
               f"`{display(item)}`")
    elif t.kind == "adt" and t.name == "String":
        d.help(f"the trait `FromIterator<{display(item)}>` is not implemented for `String`")
        d.help("the following other types implement trait `FromIterator<A>`:\n"
               + "\n".join(f"  {line}" for line in _STRING_IMPLS.split("\n")))
    elif t.kind in ("int", "float", "bool", "char"):
        d.help(f"the trait `FromIterator<{display(item)}>` is not implemented for `{display(t)}`")
    else:
        fcx.diags.append(unsupported(ob.func, f"`collect` into `{display(t)}` from "
                                     f"`{display(item)}` items"))
        return True
    d.children.append(chain)
    note = Diagnostic("note", "required by a bound in `collect`")
    note.primary(std_span("core::iter::Iterator::collect"))
    d.children.append(note)
    fcx.diags.append(d)
    return True


def _chain_note(fcx, e) -> Diagnostic | None:
    """rustc's "the method call chain might not have had the expected associated types":
    each iterator of the receiver chain with its `Iterator::Item`, and the type of the
    expression the chain starts from (None when not modelled)."""
    from .projection import normalize_with, proj
    chain = []
    cur = e.kind.receiver
    while isinstance(cur.kind, ast.ExprMethodCall):
        chain.append(cur)
        cur = cur.kind.receiver
    if not chain:
        return None
    chain.reverse()
    items = []
    for c in chain:
        ty = fcx.infer.resolve(fcx.types.get(c.id, ERROR))
        it = fcx.infer.resolve(normalize_with(fcx.results, proj("Iterator", "Item", ty)))
        if it.kind == "proj" or it.is_error:
            return None
        items.append(it)
    root_ty = fcx.infer.resolve(fcx.types.get(cur.id, ERROR))
    if root_ty.is_error:
        return None
    note = Diagnostic("note", "the method call chain might not have had the expected "
                      "associated types")
    prev = None
    for i, (c, it) in enumerate(zip(chain, items)):
        span = Span(c.kind.segment.ident.span.lo, c.span.hi)
        text = f"`Iterator::Item` is `{display(it)}` here" if prev is None else \
            f"`Iterator::Item` changed to `{display(it)}` here" if it != prev else \
            f"`Iterator::Item` remains `{display(it)}` here"
        if i == len(chain) - 1:
            note.primary(span, text)
        else:
            note.secondary(span, text)
        prev = it
    note.secondary(_root_span(fcx, cur), f"this expression has type `{display(root_ty)}`")
    return note


def _root_span(fcx, root) -> Span:
    """Where rustc shows the chain's start: a local's `let` initialiser, else itself."""
    r = fcx.res.values.get(root.id)
    if r is None or r.kind != "local" or fcx.cur_fn is None or fcx.cur_fn.body is None:
        return root.span
    from ..syntax.visit import iter_nodes
    for n in iter_nodes(fcx.cur_fn.body):
        if isinstance(n, ast.Stmt) and isinstance(n.kind, ast.StmtLet) \
                and n.kind.init is not None \
                and isinstance(n.kind.pat.kind, ast.PatIdent) and n.kind.pat.id == r.target:
            return n.kind.init.span
    return root.span


# The impls' places inside accum.rs's macros (line:col as rustc shows them), by
# (trait, int or float): by value, by reference, the macro's invocation, the macro.
_ACCUM_SITES = {
    ("Sum", "int"): (48, 70, 204, "integer_sum_product"),
    ("Product", "int"): (59, 81, 204, "integer_sum_product"),
    ("Sum", "float"): (159, 181, 206, "float_sum_product"),
    ("Product", "float"): (170, 192, 206, "float_sum_product"),
}


def _accum_e0277(fcx, ob, e, t: Ty, tref) -> bool:
    """`let n: u32 = bools.sum();`: rustc's wording of `Sum`'s and `Product`'s
    `rustc_on_unimplemented`, and the number type's own impls in accum.rs."""
    from ..diagnostics.model import CitedPlace
    from ..std_locations import LIBRARY
    item = tref.args[0]
    chain = _chain_note(fcx, e)
    if chain is None or t.kind not in ("int", "float") or _learner_impls(fcx, tref.trait):
        fcx.diags.append(unsupported(ob.func, f"`{ob.callee}` of `{display(item)}` items into "
                                     f"`{display(t)}`"))
        return True
    st, si = display(t), display(item)
    if tref.trait == "Sum":
        msg = f"a value of type `{st}` cannot be made by summing an iterator over elements " \
              f"of type `{si}`"
        label = f"value of type `{st}` cannot be made by summing a " \
                f"`std::iter::Iterator<Item={si}>`"
    else:
        msg = f"a value of type `{st}` cannot be made by multiplying all elements of type " \
              f"`{si}` from an iterator"
        label = f"value of type `{st}` cannot be made by multiplying all elements from a " \
                f"`std::iter::Iterator<Item={si}>`"
    d = _at(e, ob, msg, label)
    d.help(f"the trait `{tref.trait}<{si}>` is not implemented for `{st}`")
    by_value, by_ref, invoked, macro = _ACCUM_SITES[(tref.trait, "int" if t.is_int else "float")]
    accum = f"{LIBRARY}core/src/iter/traits/accum.rs"
    child = Diagnostic("help", f"the following other types implement trait `{tref.trait}<A>`")
    child.external = [
        CitedPlace(accum, by_value, 8, f"`{st}` implements `{tref.trait}`"),
        CitedPlace(accum, by_ref, 8, f"`{st}` implements `{tref.trait}<&{st}>`"),
        CitedPlace(accum, invoked, 0, "in this macro invocation"),
    ]
    d.children.append(child)
    d.children.append(chain)
    note = Diagnostic("note", f"required by a bound in `std::iter::Iterator::{ob.callee}`")
    note.primary(std_span(f"core::iter::Iterator::{ob.callee}"))
    d.children.append(note)
    d.note(f"this error originates in the macro `{macro}` (in Nightly builds, run with "
           "-Z macro-backtrace for more info)")
    fcx.diags.append(d)
    return True


def _at(e, ob, msg: str, label: str) -> Diagnostic:
    """The error at the method, or at its turbofish's type (`sum::<u32>()`), when written,
    with the method as "required by a bound introduced by this call"."""
    args = e.kind.segment.args
    tys = [a for a in args.args if isinstance(a, ast.Ty)] if args is not None else []
    if len(tys) != 1:
        return Diagnostic.error(msg, ob.func, label, code="E0277")
    d = Diagnostic.error(msg, tys[0].span, label, code="E0277")
    d.secondary(ob.func, "required by a bound introduced by this call")
    return d
