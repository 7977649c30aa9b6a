"""The standard library as Rust source (docs/design-semantics.md §3).

`toolchain/std/*.rs` declare the std items learners use, with their real signatures;
their bodies are plain Rust that the toolchain's own phases check and its machine
runs, or `#[ferrite::intrinsic = "name"]` functions without a body that the machine
implements in Python (interp/shims.py).

Each file is a module of std (`option.rs` is `std::option`). Its items enter the
resolver's tables beside the learner's, under keys that cannot collide with theirs:
- the prelude's types and their variants (`Option`, `Some`, ...) under their bare
  names, which is also how rustc displays them (`Option<i32>`);
- every other item under its full path (`std::mem::replace`).
`PRELUDE` says which names the learner's code sees without a path, `ALIASES` how a
full path (`std::option::Option`) maps to a key.

Spans and NodeIds: like rustc's source map, where every file has its own range of
global byte positions, std's spans start at `STD_BASE` (so a span says which file it
is in: `is_std_span`), and std's NodeIds start at `STD_ID_BASE` (so the side tables
keyed by NodeId can hold both crates). std is parsed and expanded once per process
and cached on disk as a pickle keyed by the sources' hash, so checking a program
does not reprocess it (`load`).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

from ..source import SourceFile, Span

STD_BASE = 1 << 40
STD_ID_BASE = 1 << 30

_DIR = Path(__file__).parent
# Load order (rustc's source map order for std's files matters to a few renderings).
FILES = ("option.rs", "result.rs", "mem.rs", "vec.rs", "string.rs", "iter.rs", "num.rs",
         "char.rs", "bool.rs", "boxed.rs", "ops.rs", "slice.rs", "array.rs", "str.rs",
         "convert.rs", "str_parse.rs", "rc.rs", "cell.rs", "collect.rs", "accum.rs",
         "hash.rs", "collections.rs", "collections/hash_map.rs", "collections/hash_set.rs",
         "collections/btree_map.rs", "collections/btree_set.rs", "collections/vec_deque.rs",
         "cmp.rs", "sort.rs", "error.rs", "process.rs", "thread.rs", "sync.rs",
         "sync/mpsc.rs", "time.rs", "try_convert.rs", "fmt.rs", "borrow.rs",
         "f64/consts.rs", "f32/consts.rs", "str_pattern.rs", "str_utf8.rs", "string_utf8.rs",
         "marker.rs", "collections/binary_heap.rs", "str_more.rs", "clone.rs",
         "default.rs")

# Files that are part of another file's module (rustc's `core::iter` is many files).
MODULES = {"collect.rs": "std::iter", "accum.rs": "std::iter", "sort.rs": "std::slice",
           "try_convert.rs": "std::convert", "str_pattern.rs": "std::str", "str_more.rs": "std::str",
           "str_utf8.rs": "std::str", "string_utf8.rs": "std::string"}

# name in the learner's scope -> what it is: ("adt", key) or ("variant", (enum key, index))
PRELUDE: dict[str, tuple[str, object]] = {
    "Option": ("adt", "Option"),
    "Some": ("variant", ("Option", 1)),
    "None": ("variant", ("Option", 0)),
    "Result": ("adt", "Result"),
    "Ok": ("variant", ("Result", 0)),
    "Err": ("variant", ("Result", 1)),
    "Vec": ("adt", "Vec"),
    "String": ("adt", "String"),
    "Box": ("adt", "Box"),
    "drop": ("fn", "std::mem::drop"),
}

# The paths of std's modules (`std::mem`): a function keyed under one is a module's
# function, not an associated one (rustc's `function defined here`).
MODULE_PATHS = frozenset(MODULES.get(f, "std::" + f[:-3].replace("/", "::")) for f in FILES)


def is_std_span(span) -> bool:
    lo = getattr(span, "lo", None)   # diagnostics' ExternalSpans have none
    return isinstance(lo, int) and lo >= STD_BASE


def is_std_id(node_id: int) -> bool:
    return node_id >= STD_ID_BASE


@dataclass
class StdCrate:
    items: list            # [(ast.Item, key)] in source order, spans and ids shifted
    sources: dict          # file name -> SourceFile (for the machine's panics, tests)
    aliases: dict          # full path ("std::option::Option") -> key ("Option")
    names: dict            # start of an item's name span -> its key (std_locations.py)
    next_id: int           # the next free NodeId of std's range


_cached: StdCrate | None = None


def load() -> StdCrate:
    """std, parsed and expanded: from memory, else from the on-disk cache, else built."""
    global _cached
    if _cached is None:
        _cached = _load_or_build()
        # std's ~140k objects live as long as the process. Moved to the collector's
        # permanent generation, its full collections no longer traverse them: they were
        # most of the cost of each gen-2 pass (bench/bench_toolchain.py prints the
        # collector's time per check).
        gc.freeze()
    return _cached


def _digest() -> str:
    h = hashlib.sha256()
    for name in FILES:
        h.update(name.encode())
        h.update((_DIR / name).read_bytes())
    # The AST classes and this loader are part of what the pickle depends on.
    from ..syntax import ast
    h.update(Path(ast.__file__).read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


def _cache_path(digest: str) -> Path:
    root = os.environ.get("FERRITE_STD_CACHE")
    base = Path(root) if root else _DIR / "__pycache__"
    return base / f"std-{digest}.pickle"


def _load_or_build() -> StdCrate:
    digest = _digest()
    path = _cache_path(digest)
    for candidate in (_DIR / "prebuilt" / path.name, path):
        try:
            with open(candidate, "rb") as f:
                return pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass
    crate = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(crate, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass    # a read-only install (the browser bundle ships a prebuilt cache)
    return crate


def prebuild(directory: str) -> Path:
    """Write the cache into `directory` (the wheel's `toolchain/std/prebuilt`)."""
    out = Path(directory) / _cache_path(_digest()).name
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f:
        pickle.dump(build(), f, protocol=pickle.HIGHEST_PROTOCOL)
    return out


def build() -> StdCrate:
    """Parse and expand every std file; a diagnostic there is a bug in Ferrite's std."""
    from .. import expand, syntax
    from ..syntax import ast
    items: list = []
    sources: dict = {}
    aliases: dict = {}
    names: dict = {}
    base, next_id = STD_BASE, STD_ID_BASE
    for name in FILES:
        text = (_DIR / name).read_text()
        src = SourceFile(f"<ferrite std>/{name}", text)
        crate, diags = syntax.parse_crate(src, "2024")
        crate, more, _ = expand.expand_crate(crate, src, "2024", False, crate.id_gen)
        errors = [d for d in diags + more if d.is_error]
        if errors:
            raise RuntimeError(f"Ferrite's std does not parse: {name}: {errors[0].message}")
        # A copy, so that no span shared with the toolchain's modules (DUMMY_SPAN) moves.
        crate = pickle.loads(pickle.dumps(crate, protocol=pickle.HIGHEST_PROTOCOL))
        shift = _Shift(base, next_id)
        shift.node(crate)
        next_id = shift.max_id + 1
        sources[name] = (base, src)
        base += (len(src.data) + (1 << 20)) & ~((1 << 20) - 1)
        # (a file of a folder is a nested module: `collections/hash_map.rs` is
        # `std::collections::hash_map`)
        module = MODULES.get(name, "std::" + name[:-3].replace("/", "::"))
        for item in crate.items:
            key = _key(item, module, aliases)
            items.append((item, key))
            _name_spans(item, key, names)
    return StdCrate(items, sources, aliases, names, next_id)


def _name_spans(item, key: str | None, names: dict) -> None:
    from ..syntax import ast
    k = item.kind
    if key is not None:
        names[k.ident.span.lo] = key
    if isinstance(k, ast.Enum):
        for v in k.variants:
            names[v.ident.span.lo] = f"{key}::{v.ident.name}"
    if isinstance(k, ast.Trait):         # a trait's items (`From::from`)
        for sub in k.items:
            if sub.ident is not None:
                names[sub.ident.span.lo] = f"{key}::{sub.ident.name}"
    if isinstance(k, ast.Impl) and k.trait_ is None and isinstance(k.self_ty.kind,
                                                                   (ast.TyPath, ast.TySlice,
                                                                    ast.TyArray)):
        owner = "[T]" if isinstance(k.self_ty.kind, ast.TySlice) \
            else "[T; N]" if isinstance(k.self_ty.kind, ast.TyArray) \
            else k.self_ty.kind.path.segments[-1].ident.name
        for sub in k.items:
            if sub.ident is not None:
                names[sub.ident.span.lo] = f"{owner}::{sub.ident.name}"


def _key(item, module: str, aliases: dict) -> str | None:
    from ..syntax import ast
    ident = item.ident
    if ident is None:
        return None       # impls: their items are keyed `Type::name` by the resolver
    name = ident.name
    full = f"{module}::{name}"
    # (the prelude's function `drop` keeps its path, as PRELUDE says: a learner's own
    # `fn drop` is another item)
    key = name if (name in PRELUDE and PRELUDE[name][0] != "fn") \
        or isinstance(item.kind, (ast.Struct, ast.Enum, ast.Trait)) else full
    if any(a.name == "ferrite::full_path" for a in item.attrs):
        key = full     # a name std has several of (`Iter`): never the learner's item
    aliases[full] = key
    return key


class _Shift:
    """Moves every span of a parsed file to its range of global positions and every
    NodeId to std's range (one pass over all objects reachable from the crate)."""

    def __init__(self, base: int, id_base: int):
        self.base, self.id_base = base, id_base
        self.seen: set[int] = set()
        self.max_id = id_base

    def node(self, root) -> None:
        stack = [root]
        seen = self.seen
        while stack:
            obj = stack.pop()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            if isinstance(obj, Span):
                obj.lo += self.base
                obj.hi += self.base
                continue
            if isinstance(obj, (list, tuple)):
                stack.extend(obj)
                continue
            if isinstance(obj, dict):
                stack.extend(obj.values())
                continue
            if isinstance(obj, (str, int, float, bool, bytes, type(None))):
                continue
            fields = getattr(obj, "__dict__", None)
            names = fields.keys() if fields is not None else \
                [s for c in type(obj).__mro__ for s in getattr(c, "__slots__", ())]
            for n in names:
                v = getattr(obj, n, None)
                if n == "id" and isinstance(v, int) and not isinstance(v, bool):
                    nid = v + self.id_base
                    setattr(obj, n, nid)
                    self.max_id = max(self.max_id, nid)
                elif v is not None and not isinstance(v, (str, int, float, bool)):
                    stack.append(v)
