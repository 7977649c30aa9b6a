//@ mode: check
// `as` between references only does what a coercion could do.
struct Label(String);

impl From<&str> for Label {
    fn from(s: &str) -> Self {
        Label(s.to_string())
    }
}

fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut total = 10i32;
    let view = &total;
    let wide = view as &i64;
    bump(&total as &mut i32);
    let text = "hi";
    let l = &text as Label;
    let owned = &total as String;
    println!("{} {} {}", wide, l.0, owned);
}
