// `'_` in impl headers and parameters.
struct Excerpt<'a> {
    part: &'a str,
}

impl Excerpt<'_> {
    fn len(&self) -> usize {
        self.part.len()
    }
}

fn show(e: &Excerpt<'_>) -> usize {
    e.len()
}

fn main() {
    let e = Excerpt { part: "four" };
    println!("{}", show(&e));
}
