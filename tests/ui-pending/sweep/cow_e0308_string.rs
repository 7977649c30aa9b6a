use std::borrow::Cow;

fn name() -> Cow<'static, str> {
    Cow::Borrowed("ann")
}

fn main() {
    let s: String = name();
    println!("{s}");
}
