"""dead_code: functions nothing reachable calls, structs nothing reachable builds, and
fields nothing reachable reads (rustc_passes::dead), in item order."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..mir import ir
from ..syntax import ast
from ..syntax.visit import iter_body_nodes
from .dead_consts import dead_consts, learner_consts, used_consts

# Derived impls rustc ignores when it looks for field reads (it says so in a note);
# other derives (PartialEq, ...) read every field.
_IGNORED_DERIVES = ("Clone", "Debug")


def _shown(key: str) -> str:
    """A type of a module (`a::Point`): rustc's dead-code warnings name the item only."""
    return key.rsplit("::", 1)[-1]


def dead_code(program: ir.Program, fns: dict, roots: list[str], out, res=None, tcx=None) -> None:
    from .dead_traits import dead_trait_items, reachable
    reached = reachable(program, roots, res, tcx)   # (trait methods: see dead_traits.py)
    # std's bodies cannot build or read the learner's types, and std's own items are never
    # reported (driver._dead_code): walking the std bodies a program reaches was most of
    # this pass's time.
    from ..std import is_std_span
    roots = [fns[n].kind.body for n in fns if n in reached and not is_std_span(fns[n].span)]
    if res is not None and learner_consts(res):
        # Values built by the initialisers of the constants in use count as built.
        roots += [res.consts[c].kind.expr for c in used_consts(res, [fns[n] for n in reached if n in fns])
                  if not is_std_span(res.consts[c].span)]
    built, read, built_variants = _struct_uses(roots, res, tcx)
    # An ADT the live code names in a type is live (dead_mentions.py); a derived
    # `Default` then counts as building it (dead_default.py).
    from .dead_default import NON_READING, defaults
    from .dead_mentions import mentioned
    live_fns = [n for n in fns if n in reached and not is_std_span(fns[n].span)]
    made_enums = {e for e, _ in built_variants}
    default_structs, default_variants = defaults(res)
    unbuilt = {n for n, a in (res.adts.items() if res is not None else ())
               if not is_std_span(a.span) and n not in (made_enums if a.is_enum else built)}
    named = mentioned(roots, live_fns, res, tcx, unbuilt | default_structs | set(default_variants))
    built |= named & default_structs
    built_variants |= {(n, i) for n, i in default_variants.items() if n in named}
    items: list[tuple[int, Diagnostic]] = []
    for name, item in fns.items():
        in_mod = "::" in name and res is not None and res.modules is not None \
            and name in res.modules.keys   # `a::f`: rustc names the item only
        shown = name.rsplit("::", 1)[-1] if in_mod else name
        if name not in reached and not shown.startswith("_") and ("::" not in name or in_mod):
            items.append((item.span.lo, Diagnostic.warning(f"function `{shown}` is never used",
                                                           item.kind.ident.span)))
    for name, adt in (res.adts.items() if res is not None else []):
        if name.startswith("_") or is_std_span(adt.span):   # (std's: another crate's)
            continue
        ident_span = _ident_span(adt)
        if adt.is_enum:
            made = {i for (e, i) in built_variants if e == name}
            if not made and name not in named:
                items.append((adt.span.lo, Diagnostic.warning(f"enum `{_shown(name)}` is never used",
                                                              ident_span)))
                continue
            dead = [v for i, v in enumerate(adt.variants) if i not in made
                    and not v.name.startswith("_") and not out.allowed("dead_code", v.ident_span)]
            if dead:
                many = len(dead) > 1
                d = Diagnostic.warning(f"variant{'s' if many else ''} "
                                       f"{listify([f'`{v.name}`' for v in dead])} "
                                       f"{'are' if many else 'is'} never constructed")
                for v in dead:
                    d.primary(v.ident_span)
                d.secondary(ident_span, f"variant{'s' if many else ''} in this enum")
                _derive_note(d, adt)
                items.append((adt.span.lo, d))
            if adt.derives - set(_IGNORED_DERIVES) - NON_READING:
                continue   # e.g. a derived PartialEq reads every field
            # Then, per constructed variant, its fields nothing reads.
            for vi, v in enumerate(adt.variants):
                if vi not in made:
                    continue
                unread = [i for i, f in enumerate(v.fields)
                          if ((name, vi), i) not in read and not f.name.startswith("_")
                          and not out.allowed("dead_code", f.span)
                          and not _unsized_positional(f, tcx, name, i, vi)]
                if unread:
                    items.append((adt.span.lo, _unread_fields(adt, v.fields, v.kind, unread,
                                                              v.ident_span, "variant")))
            continue
        if name not in built and name not in named:
            items.append((adt.span.lo, Diagnostic.warning(f"struct `{_shown(name)}` is never constructed",
                                                          ident_span)))
            continue
        if adt.derives - set(_IGNORED_DERIVES) - NON_READING:
            continue   # e.g. a derived PartialEq reads every field
        # rustc groups the fields by lint level: an `#[allow(dead_code)]` field drops out.
        unread = [i for i, f in enumerate(adt.fields)
                  if (name, i) not in read and not f.name.startswith("_")
                  and not out.allowed("dead_code", f.span)
                  and not _unsized_positional(f, tcx, name, i)
                  and not _phantom(tcx, name, i)]
        if unread:
            items.append((adt.span.lo, _unread_fields(adt, adt.fields, adt.kind, unread,
                                                      ident_span, "struct")))
    from .dead_assoc import dead_assoc_items
    items.extend(dead_assoc_items(reached, fns, res, tcx))
    items.extend(dead_trait_items(reached, fns, res, tcx))
    if res is not None:
        items.extend(dead_consts(res, [fns[n] for n in fns if n in reached]))
        from .dead_aliases import dead_aliases
        items.extend(dead_aliases(res, [fns[n] for n in fns if n in reached]))
    for _, d in sorted(items, key=lambda x: x[0]):
        out.emit("dead_code", d)


def _ident_span(adt):
    from ..source import Span
    if adt.ident_span is not None:
        return adt.ident_span
    return Span(adt.header.hi - len(_shown(adt.name)), adt.header.hi)


def _phantom(tcx, adt: str, i: int) -> bool:
    """rustc never reports a `PhantomData` field as unread: it is there for its type."""
    layout = tcx.adts.get(adt) if tcx is not None else None
    return layout is not None and i < len(layout.tys) and layout.tys[i].kind == "adt" \
        and layout.tys[i].name == "PhantomData"


def _unsized_positional(f, tcx, adt: str, i: int, variant: int | None = None) -> bool:
    """rustc does not warn about a positional field whose layout it cannot compute, as
    for a field whose type mentions a type parameter (`Just(T)`)."""
    if not f.name.isdigit() or tcx is None or adt not in tcx.adts:
        return False
    layout = tcx.adts[adt]
    tys = layout.variants[variant].tys if variant is not None else layout.tys
    from ..types import has_params
    return i < len(tys) and has_params(tys[i])


def _unread_fields(adt, fields, kind: str, unread: list[int], owner_span, owner: str) -> Diagnostic:
    names = [f"`{fields[i].name}`" for i in unread]
    many = len(unread) > 1
    joined = listify(names)
    d = Diagnostic.warning(f"field{'s' if many else ''} {joined} {'are' if many else 'is'} never read")
    for i in unread:
        f = fields[i]
        d.primary(f.ty.span if kind == "tuple" else _field_name_span(f))
    d.secondary(owner_span, f"field{'s' if many else ''} in this {owner}")
    # rustc renders plain helps and notes in order, and suggestions after them all.
    trailing = unread == list(range(len(fields) - len(unread), len(fields)))
    if kind == "tuple" and owner == "struct" and trailing:
        # rustc offers to drop trailing fields of a tuple struct; otherwise (and always
        # for a variant) to make the unread fields `()`.
        d.help(f"consider removing {'these fields' if many else 'this field'}")
    _derive_note(d, adt)
    if kind == "tuple" and not (owner == "struct" and trailing):
        s = "s" if many else ""
        d.help(f"consider changing the field{s} to be of unit type to suppress this warning "
               f"while preserving the field numbering, or remove the field{s}",
               suggestions=[Suggestion(fields[i].ty.span, "()", "HasPlaceholders")
                            for i in unread])
    return d


def listify(items: list[str]) -> str:
    """rustc's `listify`: `a`, `a and b`, `a, b, and c`."""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return f"{items[0]} and {items[1]}"
    return ", ".join(items[:-1]) + ", and " + items[-1]


def _field_name_span(f):
    from ..source import Span
    if getattr(f, "ident_span", None) is not None:
        return f.ident_span
    return Span(f.span.lo, f.span.lo + len(f.name)) if not f.name.isdigit() else f.span


def _struct_uses(items: list, res, tcx):
    """Structs built, fields read and enum variants built in the given functions."""
    built: set[str] = set()
    read: set[tuple[str, int]] = set()
    variants: set[tuple[str, int]] = set()
    if res is None or tcx is None:
        return built, read, variants
    assigned: set[int] = set()
    for root in items:
        for n in iter_body_nodes(root):
            if not isinstance(n, (ast.Expr, ast.Pat)):
                continue
            k = n.kind
            if isinstance(k, (ast.ExprAssign, ast.ExprAssignOp)):
                assigned.add(id(k.lhs))
            r = res.values.get(n.id)
            if isinstance(n, ast.Expr) and r is not None and r.kind in ("variant", "variant_ctor"):
                variants.add(r.target)
                continue
            if isinstance(k, ast.ExprStruct) and r is not None and r.kind == "adt":
                built.add(r.target)
                if k.base is not None:
                    given = {f.ident.name for f in k.fields}
                    adt = res.adts[r.target]
                    read.update((adt.name, i) for i, f in enumerate(adt.fields) if f.name not in given)
            elif isinstance(k, ast.ExprPath) and r is not None and r.kind in ("ctor", "unit_struct"):
                built.add(r.target)
            elif isinstance(k, ast.ExprField) and (id(n) not in assigned or _through_ref(n, tcx)):
                t = tcx.expr_types.get(k.expr.id)
                while t is not None and (t.kind == "ref" or (   # (and std's smart pointers)
                        t.kind == "adt" and t.name in ("Rc", "Ref", "RefMut", "Arc", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard") and t.args)):
                    t = t.args[0]
                if t is not None and t.kind == "adt":
                    adt = tcx.adts[t.name]
                    if k.ident.name in adt.names:
                        read.add((t.name, adt.names.index(k.ident.name)))
            elif isinstance(k, (ast.PatStruct, ast.PatTupleStruct)) and r is not None \
                    and r.kind in ("adt", "variant"):
                subs = [f.pat for f in k.fields] if isinstance(k, ast.PatStruct) else \
                    [el for el in k.elems if not isinstance(el.kind, ast.PatRest)]
                for sub, i in zip(subs, tcx.pat_tuple_fields.get(n.id, [])):
                    if not isinstance(sub.kind, ast.PatWild) and i >= 0:
                        read.add((r.target, i))
    return built, read, variants


def _through_ref(e, tcx) -> bool:
    """rustc counts a write to a field behind a reference (`r.x = 1`, `(*r).x = 1`) as a
    use of the field."""
    base = e.kind.expr
    while isinstance(base.kind, ast.ExprParen):
        base = base.kind.expr
    return e.id in tcx.field_derefs or (isinstance(base.kind, ast.ExprUnary) and base.kind.op == "*")


def _derive_note(d: Diagnostic, adt) -> None:
    """rustc's note that derived `Clone`/`Debug` impls do not count as uses."""
    ignored = sorted(set(_IGNORED_DERIVES) & adt.derives)
    name = adt.name.rsplit("::", 1)[-1]     # (a module's struct is keyed `report::Line`)
    if len(ignored) == 1:
        d.note(f"`{name}` has a derived impl for the trait `{ignored[0]}`, but this is "
               "intentionally ignored during dead code analysis")
    elif ignored:
        traits = " and ".join(f"`{t}`" for t in ignored)
        d.note(f"`{name}` has derived impls for the traits {traits}, but these are "
               "intentionally ignored during dead code analysis")
