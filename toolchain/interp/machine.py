"""The machine: executes MIR like miri, with its own frame stack, checked arithmetic
(the checks are explicit MIR asserts), a fuel budget and bounded output.

The machine is separate from the language runtime it calls into: formatting lives in
`fmt.py`, panics and their messages in `panic.py`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ..mir import ir
from ..source import SourceFile, Span
from ..types import INT_BITS, Ty, int_range
from . import closures, dyn_dispatch, fmt, numeric, user_fmt
from .pointer import BoxPointer, Pointer, place_pointer
from .shims_map import MapValue
from . import std_panics
from . import std_defaults
from . import cmp_builtin
from . import trait_select
from ..std import STD_BASE

DEFAULT_FUEL = 20_000_000      # MIR steps; about 10-20 s of CPython for a runaway loop
MAX_OUTPUT = 1 << 20           # bytes of stdout + stderr a program may write (1 MiB)
MAX_FRAMES = 100_000           # call depth before Rust's stack overflow


class Panic(Exception):
    """A Rust panic unwinding out of the program."""

    def __init__(self, message: str, span: Span):
        super().__init__(message)
        self.message = message
        self.span = span


class Stop(Exception):
    """The machine stopped the program: fuel, output or stack exhausted."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason      # "fuel" | "output" | "stack"
        self.message = message


@dataclass
class Frame:
    body: ir.Body
    locals: list
    block: int = 0
    ret_dest: ir.Place | None = None   # where the caller wants the return value
    ret_block: int = 0                  # caller's block to continue at
    self_ty: Ty | None = None           # in a trait method: the impl's type (dyn_dispatch.py)
    drop_env: Ty | None = None          # a closure consumed by its call: dropped on return


@dataclass
class Io:
    """The program's standard streams. Output is kept in order per stream; the CLI
    prints each stream as a whole, exactly as two pipes would collect it."""
    stdin: object = ""             # str, or a function returning it (read on first use)
    args: tuple[str, ...] = ()
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    written: int = 0


class Machine:
    def __init__(self, program: ir.Program, source: SourceFile, io: Io, fuel: int | None):
        self.program = program
        self.source = source
        self.io = io
        self.fuel_limit = DEFAULT_FUEL if fuel is None else fuel
        self.fuel_used = 0
        self.instances: dict[tuple, ir.Body] = {}   # (fn, generic args) -> its instance
        # Formatting sees the learner's Display/Debug impls through the type table.
        self.fmt_types = user_fmt.FmtTypes(self) if program.trait_fmt else program.adts

    # -- running --------------------------------------------------------------------
    def call(self, name: str):
        """Run function `name` (taking no arguments) to completion and return its value.
        Raises Panic or Stop."""
        body = self.program.bodies[name]
        frames = [Frame(body, [None] * len(body.locals))]
        locals_ = frames[0].locals
        self._run(frames)
        return locals_[0]

    def _run(self, frames: list[Frame]) -> None:
        fuel_left = self.fuel_limit - self.fuel_used
        try:
            while frames:
                fr = frames[-1]
                bb = fr.body.blocks[fr.block]
                locals_ = fr.locals
                fuel_left -= len(bb.statements) + 1
                if fuel_left < 0:
                    raise Stop("fuel", "")
                for st in bb.statements:
                    self._assign(locals_, st)
                term = bb.terminator
                tt = type(term)
                if tt is ir.Goto:
                    fr.block = term.target
                elif tt is ir.SwitchBool:
                    fr.block = term.if_true if self._op(locals_, term.cond) else term.if_false
                elif tt is ir.Assert:
                    if bool(self._op(locals_, term.cond)) != term.expected:
                        raise Panic(self._assert_msg(locals_, term), term.span)
                    fr.block = term.target
                elif tt is ir.Call:
                    if len(frames) >= MAX_FRAMES:
                        raise Stop("stack", "")
                    if term.callee is not None:     # calling a closure or fn value
                        frames.append(closures.enter(self, locals_, term))
                        continue
                    func, gargs, self_ty = term.func, term.generic_args, None
                    if func[0] == "<":     # a trait method: `Self` picks the impl
                        func, gargs, self_ty = dyn_dispatch.resolve(
                            self.program, term, fr.self_ty,
                            lambda: self._op(locals_, term.args[0]))
                        if std_defaults.is_builtin_default(self.program, func):
                            self._store(locals_, term.dest, std_defaults.value(self, self_ty))
                            fr.block = term.target
                            continue
                        if cmp_builtin.is_builtin(self.program, func):   # `<i32 as PartialEq>::eq`
                            self._store(locals_, term.dest, cmp_builtin.value(
                                self, func, [self._op(locals_, a) for a in term.args], self_ty))
                            fr.block = term.target
                            continue
                    if gargs and self_ty is None and fr.self_ty is not None:
                        # a default method's call of a generic fn (`less::<Self::Item>`)
                        gargs = trait_select.concrete_args(self.program, gargs, fr.self_ty)
                    callee = self.program.bodies[func] if not gargs \
                        else self.instance(func, gargs)
                    new_locals = [None] * len(callee.locals)
                    for i, a in enumerate(term.args):
                        new_locals[i + 1] = self._op(locals_, a)
                    frames.append(Frame(callee, new_locals, 0, term.dest, term.target, self_ty))
                elif tt is ir.Return:
                    frames.pop()
                    if fr.drop_env is not None:     # (interp/closures.py)
                        closures.drop_env(self, fr)
                    if frames:
                        caller = frames[-1]
                        self._store(caller.locals, fr.ret_dest, locals_[0])
                        caller.block = fr.ret_block
                elif tt is ir.Intrinsic:
                    self._intrinsic(locals_, term)
                    fr.block = term.target
                else:  # Unreachable
                    raise AssertionError("reached unreachable code in MIR")
        except Panic as p:
            if self.program.track_caller:
                p.span = self._caller_location(frames, p.span)
            if p.span.lo >= STD_BASE:     # inside std: rustc's place in its std (std_panics.py)
                std_panics.locate(p, frames)
            # Unwinding runs the live values' `Drop` code; in a spawned thread it also
            # releases (and poisons) its locks and counts, which the program sees later.
            if self.program.drop_adts or self.__dict__.get("threads_spawned"):
                self.fuel_used = min(self.fuel_limit, self.fuel_limit - fuel_left)
                if getattr(p, "stdout_mark", None) is None:   # (the panic message comes first)
                    p.stdout_mark = len(self.io.stdout)
                from .drops import unwind
                fuel_left = unwind(self, frames)
            raise
        except Stop as s:
            if callable(s.message):      # reported at the program's call (refusals.py)
                s.message = s.message(self, frames)
            raise
        finally:
            self.fuel_used = min(self.fuel_limit, self.fuel_limit - fuel_left)

    def _caller_location(self, frames: list[Frame], span: Span) -> Span:
        """Where a panic is reported: out of `#[track_caller]` functions (`unwrap`), the
        place that called them, as rustc's `Location::caller()`."""
        i = len(frames) - 1
        while i > 0 and frames[i].body.name in self.program.track_caller:
            call = frames[i - 1].body.blocks[frames[i - 1].block].terminator
            span = call.fn_span or call.span
            i -= 1
        return span

    def instance(self, func: str, args: tuple) -> ir.Body:
        """The generic function `func` instantiated with `args`, made on first use."""
        key = (func, args)
        body = self.instances.get(key)
        if body is None:
            from ..mir.instantiate import instantiate
            body = self.instances[key] = instantiate(self.program.bodies[func], args,
                                                     self.program.normalize)
        return body

    # -- places and operands ---------------------------------------------------------
    @staticmethod
    def _op(locals_: list, op: ir.Operand):
        t = type(op)
        if t is ir.Const:
            return op.value
        p = op.place
        v = locals_[p.local]
        if p.proj:
            for elem in p.proj:
                v = v[elem[1]] if elem[0] == "field" else \
                    v[locals_[elem[1]]] if elem[0] == "index" else v.load()
        # Aggregates are mutable lists: a copy must not alias the original (a move may:
        # the borrow checker guarantees the source is never used again).
        if t is ir.Copy:
            tv = type(v)
            if tv is list:
                return _deep_copy(v)
            if tv is BoxPointer or tv is MapValue:   # a box's or map's copy copies its allocation
                return v.clone()
        elif t is ir.Move and op.clear:     # moved out: not dropped there (interp/drops.py)
            Machine._store(locals_, p, None)
        return v

    @staticmethod
    def _store(locals_: list, place: ir.Place, value) -> None:
        if not place.proj:
            locals_[place.local] = value
            return
        container, key = locals_, place.local
        for elem in place.proj:
            cur = container[key]
            if elem[0] == "field":
                container, key = cur, elem[1]
            elif elem[0] == "index":
                container, key = cur, locals_[elem[1]]
            else:
                container, key = cur.container, cur.key
        container[key] = value

    def _assign(self, locals_: list, st: ir.Assign) -> None:
        rv = st.rvalue
        t = type(rv)
        if t is ir.Use:
            v = self._op(locals_, rv.op)
        elif t is ir.BinaryOp:
            v = _binary(rv.op, self._op(locals_, rv.lhs), self._op(locals_, rv.rhs), rv.ty)
        elif t is ir.CheckedBinaryOp:
            v = _checked(rv.op, self._op(locals_, rv.lhs), self._op(locals_, rv.rhs), rv.ty)
        elif t is ir.UnaryOp:
            v = _unary(rv.op, self._op(locals_, rv.operand), rv.ty)
        elif t is ir.Aggregate:
            v = [self._op(locals_, o) for o in rv.ops]
        elif t is ir.Cast:
            v = numeric.cast(self._op(locals_, rv.op), rv.from_ty, rv.to_ty)
        elif t is ir.Len:
            v = len(self._op(locals_, ir.Move(rv.place)))   # a Move operand reads without copying
        elif t is ir.Repeat:
            x = self._op(locals_, rv.op)
            v = [_deep_copy(x) if type(x) is list else x for _ in range(rv.count)]
        elif t is ir.Uninit:
            v = None
        elif t is ir.Ref:
            v = place_pointer(locals_, rv.place)
            if rv.text and type(v) is not str:  # `&String` as `&str`: the text
                v = v.load()
        elif t is ir.MakeClosure:
            v = closures.make(self, locals_, rv)
        else:  # Format
            v = fmt.format_pieces(rv.pieces, [(self._op(locals_, a.op), a.ty, a.trait,
                                               self._options(locals_, a)) for a in rv.args],
                                  self.fmt_types)
        self._store(locals_, st.place, v)

    def _assert_msg(self, locals_: list, term: ir.Assert) -> str:
        if term.kind and term.kind[0] == "bounds":
            length, index = (self._op(locals_, o) for o in term.kind[2])
            return f"index out of bounds: the len is {length} but the index is {index}"
        return term.msg

    def _options(self, locals_: list, a: ir.FormatArg) -> ir.FormatOptions:
        if a.width_op is None and a.precision_op is None:
            return a.opts
        return dataclasses.replace(
            a.opts,
            width=self._op(locals_, a.width_op) if a.width_op is not None else a.opts.width,
            precision=(self._op(locals_, a.precision_op) if a.precision_op is not None
                       else a.opts.precision))

    # -- runtime calls -------------------------------------------------------------------
    def _intrinsic(self, locals_: list, term: ir.Intrinsic) -> None:
        name = term.name
        args = [self._op(locals_, a) for a in term.args]
        if name in ("print", "eprint"):
            text = args[0] + (term.extra[0] if term.extra else "")
            self.write("stdout" if name == "print" else "stderr", text)
        elif name == "panic":
            raise Panic(args[0], term.span)
        elif name == "assert_failed":
            kind, ty = term.extra[:2]
            left = fmt.debug(args[0], ty, self.fmt_types)
            right = fmt.debug(args[1], term.extra[-1], self.fmt_types)   # (its own type: `cow` and `"x"`)
            head = f"assertion `left {kind} right` failed"
            if len(args) > 2:
                head += f": {args[2]}"
            raise Panic(f"{head}\n  left: {left}\n right: {right}", term.span)
        elif name == "shim":     # one of std's intrinsics
            from .shims import SHIMS
            self.shim_span = term.span     # (where a shim's panic is reported)
            self._store(locals_, term.dest, SHIMS[term.extra[0]](self, *args, *term.extra[1:]))
        elif name == "drop":     # drop glue of a place (mir/build_drops.py)
            from .drops import drop_place
            drop_place(self, locals_, term)
        elif name == "fmt_write":
            args[0].load().out.append(args[1])
            self._store(locals_, term.dest, [0, ()])     # Ok(())
        else:
            raise AssertionError(f"unknown intrinsic {name}")

    def write(self, stream: str, text: str) -> None:
        self.io.written += len(text.encode("utf-8"))
        if self.io.written > MAX_OUTPUT:
            raise Stop("output", "")
        (self.io.stdout if stream == "stdout" else self.io.stderr).append(text)


def _eq(a: list, b: list) -> bool:
    """Element-wise `==` of arrays and structs (Python's list `==` would call a NaN
    equal to itself when both sides hold the same float object)."""
    while isinstance(b, Pointer):   # `v == b"ab"`: `Vec<u8> == &[u8; 2]` (typeck/seq_cmp.py)
        b = b.load()
    return len(a) == len(b) and all(_eq(x, y) if type(x) is list else x == y
                                    for x, y in zip(a, b))


_CLONES = (BoxPointer, MapValue)     # (values that own an allocation of their own)
from .shims_rc import RcPointer, WeakPointer     # noqa: E402
_CLONES += (RcPointer, WeakPointer)  # (owners to count: a copy is a clone, never a move)


def _deep_copy(v: list) -> list:
    return [_deep_copy(x) if type(x) is list else x.clone() if type(x) in _CLONES else x
            for x in v]


# -- arithmetic on Rust integers, as Python ints ---------------------------------------

def _wrap(v: int, ty: Ty) -> int:
    lo, _ = int_range(ty.name)
    return (v - lo) % (1 << INT_BITS[ty.name]) + lo


def _checked(op: str, a: int, b: int, ty: Ty) -> tuple[int, bool]:
    r = a + b if op == "+" else a - b if op == "-" else a * b
    lo, hi = int_range(ty.name)
    if lo <= r <= hi:
        return r, False
    return _wrap(r, ty), True


def _binary(op: str, a, b, ty: Ty):
    if op == "==":
        return _eq(a, b) if type(a) is list else a == b
    if op == "!=":
        return not _eq(a, b) if type(a) is list else a != b
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    if op == ">=":
        return a >= b
    if op == "&":
        return a and b if isinstance(a, bool) else a & b
    if op == "|":   # on Python ints, two's complement at any width: stays in range
        return a | b
    if op == "^":
        return a ^ b
    if op == "<<":  # the shift amount was checked against the width (an Assert before)
        return _wrap(a << b, ty)
    if op == ">>":  # arithmetic for signed values, as Rust's
        return a >> b
    if ty.kind == "float":
        return numeric.float_binary(op, a, b, ty.name)
    if op == "+":   # unchecked: MIR uses it only where it cannot overflow
        return a + b
    if op in ("/", "%"):
        # Rust's integer division truncates toward zero; Python's floors.
        q = abs(a) // abs(b)
        if (a < 0) != (b < 0):
            q = -q
        return q if op == "/" else a - b * q
    raise AssertionError(f"unexpected binary operator {op}")


def _unary(op: str, v, ty: Ty):
    if op == "-":
        return -v   # exact for floats too (f32 negation needs no rounding)
    if ty.kind == "bool":
        return not v
    # `!` on integers: bitwise complement within the type's width.
    return _wrap(~v, ty)
