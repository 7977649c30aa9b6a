// A trait impl must not leave out the struct's lifetime.
trait Describe {
    fn describe(&self) -> String;
}

struct Excerpt<'a> {
    part: &'a str,
}

impl Describe for Excerpt {
    fn describe(&self) -> String {
        format!("excerpt: {}", self.part)
    }
}

fn main() {
    let s = String::from("hello");
    let e = Excerpt { part: &s };
    println!("{}", e.describe());
}
