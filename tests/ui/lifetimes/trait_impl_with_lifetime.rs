// A trait implemented for a struct with a lifetime parameter.
trait Describe {
    fn describe(&self) -> String;
}

struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Describe for Excerpt<'a> {
    fn describe(&self) -> String {
        format!("excerpt: {}", self.part)
    }
}

fn main() {
    let s = String::from("hello");
    let e = Excerpt { part: &s };
    println!("{}", e.describe());
}
