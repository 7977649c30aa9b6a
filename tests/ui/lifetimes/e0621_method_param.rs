// A method's elided parameter returned as `&'a str`.
struct Pair<'a> {
    left: &'a str,
}

impl<'a> Pair<'a> {
    fn pick(&self, other: &str) -> &'a str {
        if other.len() > 3 { other } else { self.left }
    }
}

fn main() {
    let s = String::from("left");
    let p = Pair { left: &s };
    println!("{}", p.pick("right"));
}
