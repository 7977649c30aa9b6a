// A method promising `'a` data returns data borrowed for `'b`.
struct Pair<'a> {
    left: &'a str,
}

impl<'a> Pair<'a> {
    fn pick<'b>(&self, other: &'b str) -> &'a str {
        if other.len() > 3 { other } else { self.left }
    }
}

fn main() {
    let s = String::from("left");
    let p = Pair { left: &s };
    println!("{}", p.pick("right"));
}
