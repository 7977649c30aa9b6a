// `Cow<str>` built with `From`/`Into` from `&str`, `String` and `&String`.
use std::borrow::Cow;

fn label(n: u32) -> Cow<'static, str> {
    if n == 1 {
        "one".into()
    } else {
        format!("{} items", n).into()
    }
}

fn main() {
    let owned = String::from("kept");
    let a: Cow<'_, str> = Cow::from("lit");
    let b: Cow<'_, str> = Cow::from(&owned);
    let c: Cow<'_, str> = Cow::from(String::from("made"));
    println!("{a} {b} {c}");
    for n in 1..3 {
        println!("{}", label(n));
    }
}
