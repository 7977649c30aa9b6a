// A function taking and returning a struct with a lifetime.
struct Excerpt<'a> {
    part: &'a str,
}

fn shorter<'a>(x: Excerpt<'a>, y: Excerpt<'a>) -> Excerpt<'a> {
    if x.part.len() < y.part.len() { x } else { y }
}

fn main() {
    let one = String::from("one");
    let three = String::from("three");
    let a = Excerpt { part: &one };
    let b = Excerpt { part: &three };
    println!("{}", shorter(a, b).part);
}
