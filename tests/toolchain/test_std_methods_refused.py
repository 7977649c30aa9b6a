"""A method rustc's std gives a type but Ferrite's std lacks is refused as unsupported at
the method's name, never reported as a false E0599 (typeck/std_adt_methods.py, with the
tables generated from rustc's std docs)."""

from __future__ import annotations

import pytest

from toolchain.api import execute

COUNTDOWN = ("struct Countdown(u32);\n"
             "impl Iterator for Countdown {\n    type Item = u32;\n"
             "    fn next(&mut self) -> Option<u32> { None }\n}\n")
CASES = {
    # receiver set-up, call, shown receiver type
    "Option": ("let x: Option<i32> = None;", "x.as_slice()", "Option<i32>"),
    "Result": ("let r: Result<u8, String> = Ok(1);", "r.copied()", "Result<u8, String>"),
    "slice iterator": ("let v = vec![1u8];", "v.iter().size_hint()", "Iter<'_, u8>"),
    "range": ("let r = 0..3u8;", "r.is_sorted()", "Range<u8>"),
    "adapter": ("let v = vec![1u8];", "v.iter().map(|x| x + 1).size_hint()", None),
    "learner's iterator": ("let c = Countdown(2);", "c.size_hint()", "Countdown"),
    "through a box": ("let b = Box::new(Some(2u8));", "b.as_slice()", None),
    "range to": ("let x = 2u8;", "(..3).contains(&x)", "RangeTo<{integer}>"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_std_method_is_refused_not_e0599(name):
    setup, call, shown = CASES[name]
    method = call.split(".")[-1].split("(")[0]
    source = COUNTDOWN + "fn main() {\n    %s\n    let _ = %s;\n}\n" % (setup, call)
    result = execute(source, mode="check")
    assert not result["compiled"]
    first = result["diagnostics"][0]["rendered"]
    assert "E0599" not in first
    assert first.startswith(f"error: Ferrite does not support the method `{method}` of `")
    if shown is not None:
        assert first.startswith(f"error: Ferrite does not support the method `{method}` of `{shown}` yet")
    line = source.splitlines().index("    let _ = %s;" % call) + 1
    col = ("    let _ = " + call).rindex(method) + 1
    assert first.splitlines()[1].endswith(f"main.rs:{line}:{col}")


@pytest.mark.parametrize("receiver,call", [("Some(1)", "frobnicate()"), ("0..3", "frobnicate()"),
                                           ("Countdown(1)", "frobnicate()")])
def test_method_std_lacks_too_is_e0599(receiver, call):
    source = COUNTDOWN + "fn main() {\n    let x = %s;\n    x.%s;\n}\n" % (receiver, call)
    result = execute(source, mode="check")
    assert result["diagnostics"][0]["rendered"].startswith(
        "error[E0599]: no method named `frobnicate` found for ")


@pytest.mark.parametrize("call", ["v.iter().try_for_each(|x| if *x > 0 { Ok(()) } else { Err(*x) })",
                                  "v.iter().map(|x| -x).size_hint()",
                                  "v.iter().try_rfold(0, |a, x| Some(a + -*x))"])
def test_refused_call_arguments_report_nothing_more(call):
    # The closure of a refused call takes the error type: no false E0282/E0600 in it.
    source = "fn main() {\n    let v = vec![1, 2];\n    let _ = %s;\n}\n" % call
    result = execute(source, mode="check")
    errors = [d for d in result["diagnostics"] if d["level"] == "error"
              and not d["message"].startswith("aborting")]
    assert len(errors) == 1, [d["rendered"] for d in errors]
    assert errors[0]["rendered"].startswith("error: Ferrite does not support the method")


@pytest.mark.parametrize("value", ["0..3", "..3", "..", "vec![1u8].into_iter()"])
def test_debug_of_std_type_lacking_it_is_refused_not_e0277(value):
    """rustc's std gives its types `Debug`; where Ferrite's std lacks one, `{:?}` is
    refused as unsupported at the argument (typeck/check.py's format check)."""
    source = "fn main() {\n    let r = %s;\n    println!(\"{:?}\", r);\n}\n" % value
    result = execute(source, mode="check")
    assert not result["compiled"]
    first = result["diagnostics"][0]["rendered"]
    assert "E0277" not in first
    assert first.startswith("error: Ferrite does not support `{:?}` of `")
    assert first.splitlines()[1].endswith("main.rs:3:22")
