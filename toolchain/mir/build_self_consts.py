"""MIR of `Self::CONST` in a trait's default method (typeck/self_consts.py): a call of
`<Self as Trait>::CONST` that the machine dispatches on the frame's `Self`
(interp/dyn_dispatch.py), and, for each impl's constant, a body under its key
(`<Tri as Shape>::SIDES`) that evaluates it, as consts are evaluated where used."""

from __future__ import annotations

from ..syntax import ast
from . import ir


def call_into(b, e: ast.Expr, key: str, self_ty, dest: ir.Place) -> None:
    nb = b.new_block()
    b.terminate(ir.Call(key, [], dest, nb, e.span, (), e.span, self_ty))
    b.cur = nb


def bodies(program: ir.Program, res, tcx) -> None:
    """The impls' constants as bodies, when some default method reads one via `Self`."""
    if not any(v[0] == "self_const" for v in tcx.assoc_paths.values()):
        return
    cx = tcx.traits
    from .build import _Builder
    for per in cx.impls.values():
        for trait, info in per.items():
            d = res.traits.defs[trait]
            for ti in d.items.values():
                key = info.keys.get(ti.name)
                if ti.kind != "const" or key is None or key in program.bodies \
                        or key not in tcx.consts:
                    continue
                ty, expr = tcx.consts[key]
                b = _Builder(key, None, expr.span, res, tcx)
                b.new_local(ty, expr.span)
                b.cur = b.new_block()
                b.expr_into(expr, ir.Place(0))
                b.terminate(ir.Return())
                for blk in b.blocks:
                    if blk.terminator is None:
                        blk.terminator = ir.Unreachable()
                program.bodies[key] = ir.Body(key, 0, b.locals, b.blocks, expr.span,
                                              b.var_reads, b.loop_spans, b.groups)
