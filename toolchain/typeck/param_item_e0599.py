"""rustc's E0599 for a trait's associated function named through a type parameter
that lacks the trait's bound: `T::default()` in `fn make<T>() -> T` ("no function or
associated item named `default` found for type parameter `T` in the current scope",
with the help to restrict `T` by the one trait that declares the item).

Only std's `Default::default` is modelled: rustc's help names every trait in scope
declaring the item, so a learner's trait declaring `default` too is left to the
caller's "unsupported".
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import Ty

# item -> the one std prelude trait declaring it
_STD = {"default": "Default"}


def e0599(fcx, k: ast.ExprCall, s: Ty, name: str) -> bool:
    """Report it; False when this form is not modelled."""
    trait = _STD.get(name)
    segs = k.func.kind.path.segments if isinstance(k.func.kind, ast.ExprPath) else []
    if trait is None or len(segs) != 2 or k.func.kind.qself is not None:
        return False
    from ..std import is_std_span
    if any(name in d.items and not is_std_span(d.span) for d in fcx.res.traits.defs.values()
           if d.span is not None):
        return False
    from .generics import param_span
    sp = param_span(fcx, s)
    if sp is None:
        return False
    d = Diagnostic.error(f"no function or associated item named `{name}` found for type "
                         f"parameter `{s.name}` in the current scope", segs[1].ident.span,
                         f"function or associated item not found in `{s.name}`", code="E0599")
    d.secondary(sp, f"function or associated item `{name}` not found for this type parameter")
    from .bounds import restrict_to_trait
    if not restrict_to_trait(fcx, d, s, trait, name):
        return False
    fcx.diags.append(d)
    return True
