// `-> Cow<str>` beside a `&str` parameter: rustc 1.95 warns that the hidden lifetime is confusing.
use std::borrow::Cow;

fn normalize(input: &str) -> Cow<str> {
    if input.contains('\t') {
        Cow::Owned(input.replace('\t', "    "))
    } else {
        Cow::Borrowed(input)
    }
}

fn describe(c: &Cow<str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn main() {
    let lines = ["plain", "with\ttab"];
    for l in lines.iter() {
        let n = normalize(l);
        println!("[{:>12}] {} {}", n, describe(&n), n.len());
    }
    let a: Cow<str> = Cow::from("lit");
    let b: Cow<str> = String::from("own").into();
    let c: Cow<str> = "x".into();
    println!("{a} {b} {c}");
    println!("{}", b.to_uppercase());
}
