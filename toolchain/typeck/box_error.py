"""`?` into a `Box<dyn Error>`: std's `impl<E: Error> From<E> for Box<dyn Error>` boxes
the error and unsizes it (its `String`/`&str` impls are std source, toolchain/std/error.rs,
and convert through typeck/try_from.py like any non-generic `From` impl). The generic
impl is modelled here: `TypeckResults.try_from[e.id] = BOX_DYN`, and MIR boxes the error
into a trait object (mir/build_try.py, interp/shims_box.py `dyn_box_new`).
Without `E: Error`, rustc's E0277 "`?` couldn't convert the error: `E: Error` is not
satisfied" (recorded in tests/ui/boxerr)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display, is_box

BOX_DYN = "<Box<dyn Error> as From<E>>::from"    # (a key no body has: MIR's marker)


def is_box_error(fcx, t: Ty) -> bool:
    """`Box<dyn Error>` of std's `Error`."""
    from .error_trait import is_std_error
    return is_box(t) and t.args[0].kind == "dyn" and t.args[0].name == "Error" \
        and is_std_error(fcx.res)


def convert(fcx, e, err: Ty, target: Ty) -> bool | None:
    """True when the error boxes (recorded); False when it cannot (E0277 reported here);
    None when the target is not `Box<dyn Error>` or the error type is not known yet."""
    if not is_box_error(fcx, target) or err.kind in ("var", "error") or fcx.infer._has_var(err):
        return None
    from .dyn_coerce import implements
    if implements(fcx, err, "Error"):
        fcx.results.try_from[e.id] = BOX_DYN
        return True
    return None


def report(fcx, e, k, err: Ty, target: Ty, qmark) -> bool:
    """rustc's E0277 for a learner's type (or a primitive) that does not implement
    `Error` (True when reported here)."""
    from .trait_diags import _local_adt
    local = _local_adt(fcx, err)
    if not is_box_error(fcx, target) or not (local or err.kind in ("int", "float", "bool", "char")):
        return False
    shown = display(err)
    d = Diagnostic.error(f"`?` couldn't convert the error: `{shown}: std::error::Error` is not "
                         "satisfied", qmark,
                         f"the trait `std::error::Error` is not implemented for `{shown}`",
                         code="E0277")
    if fcx.sig.ret_span is not None:
        d.secondary(fcx.sig.ret_span, f"required `{shown}: std::error::Error` because of this")
    d.secondary(k.expr.span, f"this has type `Result<_, {shown}>`")
    if local:
        note = Diagnostic("note", f"`{shown}` needs to implement `std::error::Error`")
        note.primary(fcx.res.adts[err.name].header)
        d.children.append(note)
    d.note("the question mark operation (`?`) implicitly performs a conversion on the error "
           "value using the `From` trait")
    d.note(f"required for `Box<{display(target.args[0], True)}>` to implement `From<{shown}>`")
    fcx.diags.append(d)
    return True


def unsized_e0277(fcx, e, src: Ty, obj: Ty, found: Ty, expected: Ty) -> Diagnostic | None:
    """A learner's type without `Error` unsized to `dyn Error` (`Box::new(x)` where a
    `Box<dyn Error>` is expected), as rustc words it for std's trait; None otherwise."""
    from .trait_diags import _local_adt
    from .error_trait import is_std_error
    if obj.name != "Error" or not is_std_error(fcx.res) or not _local_adt(fcx, src):
        return None
    shown = display(src)
    out = Diagnostic.error(f"the trait bound `{shown}: std::error::Error` is not satisfied",
                           e.span, "unsatisfied trait bound", code="E0277")
    h = Diagnostic("help", f"the trait `std::error::Error` is not implemented for `{shown}`")
    h.primary(fcx.res.adts[src.name].header)
    out.children.append(h)
    out.note(f"required for the cast from `{display(found, True)}` to `{_object(expected)}`")
    return out


def _object(t: Ty) -> str:
    """`Box<dyn std::error::Error>` / `&dyn std::error::Error`, as rustc's cast note
    writes the target (the object's lifetime elided)."""
    if t.kind == "dyn":
        return "dyn std::error::Error"
    if t.kind == "ref":
        return ("&mut " if t.mutable else "&") + _object(t.args[0])
    return f"Box<{_object(t.args[0])}>"


# The inherent methods of std's `dyn Error` (`impl dyn Error`, core/src/error.rs) and its
# trait's own (with its deprecated and unstable ones): a name among them is not E0599.
_DYN_ERROR_METHODS = frozenset(["is", "downcast", "downcast_ref", "downcast_mut", "source",
                                "description", "cause", "provide", "sources", "type_id"])


def dyn_error_may_have(fcx, rt: Ty, name: str) -> bool:
    """Whether std gives `dyn Error` (behind `rt`: a box or a reference) a method `name`."""
    from .std_method_names import PRIMITIVE_METHODS, TRAIT_METHODS
    if name in _DYN_ERROR_METHODS or name in TRAIT_METHODS:
        return True
    if rt.kind == "ref" and name in PRIMITIVE_METHODS.get("reference", ()):
        return True
    from .std_adt_methods import std_type_has
    return is_box(rt) and std_type_has(fcx, "Box", name)


def defer(fcx, e, k, err: Ty, target: Ty, qmark) -> bool:
    """`s.parse()?` into a `Box<dyn Error>` before the parsed type is known: the error
    type is a projection not normalised yet, so rustc's `From` obligation is solved at
    the end of the body (`finish`) instead of unifying the two error types now."""
    target = fcx.infer.resolve(target)
    err = fcx.infer.resolve(err)
    if not is_box_error(fcx, target):
        # (`let n: i64 = s.parse()?` into the learner's own error type: `<_ as FromStr>::Err`
        # is decided only later, so it is converted at the end too, never equated now)
        if err.kind != "proj":
            return False
    if err.kind not in ("var", "proj") and not fcx.infer._has_var(err):
        return False
    fcx.__dict__.setdefault("box_error_later", []).append((e, k, err, target, qmark))
    return True


def finish(fcx) -> None:
    from . import try_from
    for e, k, err, target, qmark in fcx.box_error_later:
        err = fcx.infer.resolve(err)
        if err.kind == "var" or fcx.infer._has_var(err):
            if fcx.infer.unify(err, target):     # (nothing else decides it: the same type)
                continue
        elif err == target or convert(fcx, e, err, target) or try_from.convert(fcx, e, err, target):
            continue
        if not err.is_error and not any(d.is_error for d in fcx.diags):
            try_from.report(fcx, e, k, err, target, qmark)
