// An impl must declare the lifetime it names.
struct Excerpt<'a> {
    part: &'a str,
}

impl Excerpt<'a> {
    fn level(&self) -> i32 {
        3
    }
}

fn main() {
    let e = Excerpt { part: "hi" };
    println!("{} {}", e.part, e.level());
}
