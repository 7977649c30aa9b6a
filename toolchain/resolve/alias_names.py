"""A crate-root type alias named like a std type of the prelude (`type Result<T> =
std::result::Result<T, ParseError>;`, a common learner's pattern): the name `Result`
then means the alias in the crate, so rustc's diagnostics write std's type by its
path (`std::result::Result<u32, ParseError>`) wherever they do not force short names
(types.display's `full`/`untrimmed` forms)."""

from __future__ import annotations

from ..syntax import ast

_STD_PATHS = {"Result": "std::result::Result", "Option": "std::option::Option",
              "Vec": "std::vec::Vec", "String": "std::string::String",
              "Box": "std::boxed::Box"}


def publish(r) -> None:
    from ..types import set_aliased_std
    names = {key for item, key in r.mods.flat
             if key in _STD_PATHS and isinstance(item.kind, ast.TyAlias)}
    set_aliased_std({n: _STD_PATHS[n] for n in names})
