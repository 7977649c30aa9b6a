"""`Option::as_deref` / `as_deref_mut` beyond `Option<String>`: rustc's one
`impl<T: Deref> Option<T>` gives `Option<&T::Target>`. Ferrite's std has one inherent
method name per type, so the forms for a `Vec<T>` (`Option<&[T]>`) and a `Box<T>`
(`Option<&T>`) are std/option.rs's hidden `ferrite_as_deref_vec` and the like; a call
is routed to the form of its option's argument, once that argument is known. Others
(an undecided argument, `Rc<T>`, `as_deref_mut` of a `String`) keep the plain name,
which std_adt_methods / methods.py refuse honestly when std lacks it."""

from __future__ import annotations

from ..types import Ty

NAMES = ("as_deref", "as_deref_mut")
_FORMS = {"Vec": "vec", "Box": "box"}


def routed(fcx, k, base: Ty, name: str) -> str:
    from .str_patterns import in_std
    if in_std(k) or base.name != "Option" or not base.args:
        return name
    inner = fcx.infer.resolve(base.args[0])
    form = _FORMS.get(inner.name) if inner.kind == "adt" else None
    return f"ferrite_{name}_{form}" if form is not None else name
