// `Cow<i32>`: an owned integer, `into_owned`, and `Display` forwarding to the `i32`.
use std::borrow::Cow;

fn pick(flag: bool, r: &i32) -> Cow<'_, i32> {
    if flag { Cow::Owned(*r * 10) } else { Cow::Borrowed(r) }
}

fn main() {
    let n = 4;
    let a = pick(true, &n);
    let b = pick(false, &n);
    println!("[{}] [{:>4}] [{:?}]", a, b, a);
    let total: i32 = a.into_owned() + b.into_owned();
    println!("{total}");
    let c: Cow<i32> = Cow::Owned(3);
    println!("{}", *c + 1);
}
