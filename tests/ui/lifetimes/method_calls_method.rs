// Methods returning `&'a str` and an elided `&str` calling each other.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn get(&self) -> &'a str {
        self.part
    }

    fn again(&self) -> &'a str {
        self.get()
    }

    fn whole(&self) -> &str {
        self.part
    }
}

fn main() {
    let s = String::from("x");
    let e = Excerpt { part: &s };
    println!("{} {} {}", e.get(), e.again(), e.whole());
}
