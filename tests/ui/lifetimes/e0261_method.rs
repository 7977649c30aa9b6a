// A method's undeclared lifetime: rustc offers the method and its impl.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn announce(&self, other: &str) -> &'b str {
        println!("{other}");
        self.part
    }
}

fn main() {
    let e = Excerpt { part: "hi" };
    println!("{}", e.announce("x"));
}
