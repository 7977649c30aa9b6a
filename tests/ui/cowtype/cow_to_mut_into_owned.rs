// `to_mut` clones a borrowed value once; `into_owned` gives the owned value.
use std::borrow::Cow;

fn censor(text: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(text);
    if text.contains("bad") {
        let fixed = text.replace("bad", "***");
        *out.to_mut() = fixed;
    }
    out
}

fn main() {
    let a = censor("all good");
    let b = censor("a bad word");
    let mut c = a.clone();
    c.to_mut().push_str("!");
    let owned: String = b.into_owned();
    println!("{} | {} | {} | {}", a, owned, c, owned.len());
    match censor("bad bad") {
        Cow::Borrowed(_) => println!("untouched"),
        Cow::Owned(s) => println!("rewritten to {s}"),
    }
}
