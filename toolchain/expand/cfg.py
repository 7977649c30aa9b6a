"""`#[cfg(...)]` predicates, as rustc evaluates them for a debug build of a binary
on x86_64 Linux (the machine the UI tests are recorded on)."""

from __future__ import annotations

from ..syntax import ast

# name -> set of values ("" for a bare name that is set)
def cfg_set(cfg_test: bool) -> dict[str, set[str]]:
    s = {
        "debug_assertions": {""},
        "unix": {""},
        "target_os": {"linux"},
        "target_family": {"unix"},
        "target_arch": {"x86_64"},
        "target_pointer_width": {"64"},
        "target_endian": {"little"},
        "target_env": {"gnu"},
        "target_vendor": {"unknown"},
        "panic": {"unwind"},
        "overflow_checks": {""},
    }
    if cfg_test:
        s["test"] = {""}
    return s


class CfgError(Exception):
    pass


def _str_value(t) -> str:
    text = t.text
    if text.startswith("r"):
        text = text.lstrip("r").strip("#")
    return text[1:-1] if len(text) >= 2 else text


def eval_cfg(trees: list, cfgs: dict[str, set[str]]) -> bool:
    """Evaluate the predicate inside `cfg(...)` given as token trees."""
    preds = _parse_list(trees)
    if len(preds) != 1:
        raise CfgError("expected 1 cfg-pattern")
    return _eval(preds[0], cfgs)


def _parse_list(trees: list) -> list:
    preds = []
    i = 0
    while i < len(trees):
        t = trees[i]
        if not isinstance(t, ast.Token) or t.kind != "ident":
            if isinstance(t, ast.Token) and t.kind == "literal" and t.lit_kind == "bool":
                preds.append(("lit", t.text == "true"))
                i += 1
            elif isinstance(t, ast.Token) and t.kind == "ident":
                pass
            else:
                raise CfgError("malformed cfg")
        else:
            name = t.text
            nxt = trees[i + 1] if i + 1 < len(trees) else None
            if isinstance(nxt, ast.Delimited) and nxt.delim == "(":
                preds.append(("call", name, _parse_list(nxt.trees)))
                i += 2
            elif isinstance(nxt, ast.Token) and nxt.kind == "punct" and nxt.text == "=":
                val = trees[i + 2] if i + 2 < len(trees) else None
                if not isinstance(val, ast.Token) or val.kind != "literal":
                    raise CfgError("malformed cfg")
                preds.append(("kv", name, _str_value(val)))
                i += 3
            else:
                if name in ("true", "false"):
                    preds.append(("lit", name == "true"))
                else:
                    preds.append(("name", name))
                i += 1
        if i < len(trees):
            t = trees[i]
            if isinstance(t, ast.Token) and t.kind == "punct" and t.text == ",":
                i += 1
            else:
                raise CfgError("malformed cfg")
    return preds


def _eval(p, cfgs) -> bool:
    kind = p[0]
    if kind == "lit":
        return p[1]
    if kind == "name":
        return "" in cfgs.get(p[1], set())
    if kind == "kv":
        return p[2] in cfgs.get(p[1], set())
    _, name, subs = p
    if name == "all":
        return all(_eval(s, cfgs) for s in subs)
    if name == "any":
        return any(_eval(s, cfgs) for s in subs)
    if name == "not":
        if len(subs) != 1:
            raise CfgError("expected 1 cfg-pattern")
        return not _eval(subs[0], cfgs)
    raise CfgError(f"invalid predicate `{name}`")
