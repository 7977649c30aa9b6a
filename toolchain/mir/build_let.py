"""Lowering the refutable `let` forms and or-patterns with bindings to MIR.

- A condition (`if`/`while`, with `let` operands and let chains) lowers to tests that
  continue in the current block when it holds and jump to a failure block otherwise;
  each `let` operand tests its pattern, then binds it, like a one-armed `match`.
- `let PAT = EXPR else { .. };` tests the pattern, runs the (diverging) `else` block
  on failure, and binds on success.
- An or-pattern with bindings records which alternative matched in a selector
  temporary while it is tested; binding it later switches on the selector, so values
  are moved into the bindings only once every test of the pattern has passed.

Functions of the MIR builder (`build._Builder`), kept here so build.py only dispatches.
"""

from __future__ import annotations

from ..resolve.pat_bindings import has_or, is_let_chain
from ..syntax import ast
from ..types import BOOL, UNIT, Ty, int_ty
from ..source import Span
from . import ir, match_reads

_SEL = int_ty("usize")


def cond_into(b, e: ast.Expr, fail: int) -> None:
    """Lower a condition: continue in the current block when it holds, else go to `fail`."""
    k = e.kind
    if isinstance(k, ast.ExprLet):
        place = b.as_place(k.expr, read=True)
        ty = b.ty_of(k.expr)
        with match_reads.scrutinee(b, k.expr.span):
            b.test_pattern(k.pat, place, ty, fail)
        b.bind_pattern(k.pat, place)
    elif isinstance(k, ast.ExprBinary) and k.op == "&&" and is_let_chain(e):
        cond_into(b, k.lhs, fail)
        cond_into(b, k.rhs, fail)
    else:
        cond = b.operand(e)
        ok = b.new_block()
        b.terminate(ir.SwitchBool(cond, ok, fail))
        b.cur = ok


def if_let_into(b, k: ast.ExprIf, dest: ir.Place) -> None:
    from . import build_drops
    else_bb, join = b.new_block(), b.new_block()
    mark = len(b.locals)
    cond_into(b, k.cond, else_bb)
    b.block_into(k.then, dest)
    # The bindings, then (edition 2024) the scrutinee's temporaries, drop before `else`.
    done = build_drops.bindings_end(b, mark, k.then.span, temps=True)
    b.terminate(ir.Goto(join))
    b.cur = else_bb
    build_drops.bindings_end(b, mark, k.then.span, todo=done)
    build_drops.forget(b, mark)
    if k.else_ is not None:
        b.expr_into(k.else_, dest)
    else:
        b.push(dest, ir.Use(ir.Const((), UNIT)), k.then.span)
    b.terminate(ir.Goto(join))
    b.cur = join


def while_let_into(b, k: ast.ExprWhile, dest: ir.Place, target: int = -1) -> None:
    from .build import _LoopScope
    from . import build_drops
    head = b.goto_new()
    exit_bb = b.new_block()
    mark = len(b.locals)
    cond_into(b, k.cond, exit_bb)
    b.loops.append(_LoopScope(None, exit_bb, head, target))
    b.loops[-1].drop_mark = mark
    b.block_into(k.body, b.temp(UNIT, k.body.span))
    done = build_drops.bindings_end(b, mark, k.body.span, temps=True)
    b.terminate(ir.Goto(head))
    b.loops.pop()
    b.cur = exit_bb
    build_drops.bindings_end(b, mark, k.body.span, todo=done)
    build_drops.forget(b, mark)
    b.push(dest, ir.Use(ir.Const((), UNIT)), k.body.span)


def let_else(b, k: ast.StmtLet) -> None:
    place = b.as_place(k.init, read=True)
    ty = b.ty_of(k.init)
    else_bb = b.new_block()
    with match_reads.scrutinee(b, k.init.span):
        b.test_pattern(k.pat, place, ty, else_bb)
    ok = b.cur
    b.cur = else_bb
    b.block_into(k.else_, b.temp(UNIT, k.else_.span))
    b.terminate(ir.Unreachable())   # the `else` block diverges (type checked)
    b.cur = ok
    b.bind_pattern(k.pat, place)


def bind_irrefutable(b, pat: ast.Pat, place: ir.Place, ty: Ty) -> None:
    """Bind an irrefutable pattern; one with `|` inside is tested first, to learn which
    alternative binds."""
    if has_or(pat):
        dead = b.new_block()
        b.blocks[dead].terminator = ir.Unreachable()
        b.test_pattern(pat, place, ty, dead)
    b.bind_pattern(pat, place)


def _binds(p: ast.Pat) -> bool:
    k = p.kind
    if isinstance(k, ast.PatIdent):
        return True
    if isinstance(k, ast.PatOr):
        return any(_binds(a) for a in k.alts)
    if isinstance(k, (ast.PatTuple, ast.PatTupleStruct, ast.PatSlice)):
        return any(_binds(a) for a in k.elems)
    if isinstance(k, ast.PatStruct):
        return any(_binds(f.pat) for f in k.fields)
    if isinstance(k, (ast.PatParen, ast.PatRef)):
        return _binds(k.pat)
    return False


def test_or(b, pat: ast.Pat, k: ast.PatOr, place: ir.Place, ty: Ty, fail: int) -> None:
    """Test the alternatives in order; with bindings, remember which one matched."""
    sel = None
    if _binds(pat):
        sel = b.temp(_SEL, pat.span)
        b.or_selectors[pat.id] = sel
    matched = b.new_block()
    for i, alt in enumerate(k.alts):
        last = i == len(k.alts) - 1
        alt_fail = fail if last else b.new_block()
        b.test_pattern(alt, place, ty, alt_fail)
        if sel is not None:
            b.push(sel, ir.Use(ir.Const(i, _SEL)), alt.span)
        b.terminate(ir.Goto(matched))
        b.cur = alt_fail
    b.cur = matched


def bind_or(b, pat: ast.Pat, k: ast.PatOr, place: ir.Place) -> None:
    sel = b.or_selectors.get(pat.id)
    if sel is None:
        return   # no bindings
    join = b.new_block()
    for i, alt in enumerate(k.alts):
        if i < len(k.alts) - 1:
            is_i = b.temp(BOOL, alt.span)
            b.push(is_i, ir.BinaryOp("==", ir.Copy(sel), ir.Const(i, _SEL), _SEL), alt.span)
            this, other = b.new_block(), b.new_block()
            b.terminate(ir.SwitchBool(ir.Copy(is_i), this, other))
            b.cur = this
            b.bind_pattern(alt, place)
            b.terminate(ir.Goto(join))
            b.cur = other
        else:
            b.bind_pattern(alt, place)
            b.terminate(ir.Goto(join))
    b.cur = join


def binding_local(b, pat: ast.Pat, k: ast.PatIdent, ty: Ty) -> tuple[int, bool]:
    """The local of a binding: a later or-alternative's binding shares the first
    alternative's. Returns (local, is_new)."""
    canon = b.res.binding_canon.get(pat.id)
    if canon is not None and canon in b.var_local:
        local = b.var_local[canon]
        b.locals[local].alt_spans.append(k.ident.span)
        return local, False
    local = b.new_local(ty, k.ident.span, k.ident.name, k.mutable)
    # rustc's binding span stops at the name: `mut x` of `mut x @ 1..=5`.
    b.locals[local].pat_span = Span(pat.span.lo, k.ident.span.hi)
    return local, True


__all__ = ["cond_into", "if_let_into", "while_let_into", "let_else", "bind_irrefutable",
           "test_or", "bind_or", "binding_local"]
