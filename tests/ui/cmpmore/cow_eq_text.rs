// `Cow<str>` compares with `str`, `&str` and `String`, both ways round, by its text:
// a borrowed and an owned `Cow` of the same text are equal.
use std::borrow::Cow;

fn label(n: i32) -> Cow<'static, str> {
    if n == 0 { Cow::Borrowed("zero") } else { Cow::Owned(format!("n{}", n)) }
}

fn main() {
    let zero = label(0);
    let three = label(3);
    let owned = String::from("n3");
    println!("{} {}", zero == "zero", three == "zero");
    println!("{} {}", three == owned, owned == three);
    println!("{} {}", "zero" == zero, "n3" != three);
    println!("{}", &zero == &"zero");
}
