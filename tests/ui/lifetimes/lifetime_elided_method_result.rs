// Both lifetimes elided: rustc names them `'1` and `'2`.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn pick(&self, other: &str) -> &str {
        if other.len() > 2 { other } else { self.part }
    }
}

fn main() {
    let e = Excerpt { part: "hi" };
    println!("{}", e.pick("x"));
}
