// Nor may an inherent impl.
struct Excerpt<'a> {
    part: &'a str,
}

impl Excerpt {
    fn show(&self) {
        println!("{}", self.part);
    }
}

fn main() {
    let s = String::from("hello");
    let e = Excerpt { part: &s };
    e.show();
}
