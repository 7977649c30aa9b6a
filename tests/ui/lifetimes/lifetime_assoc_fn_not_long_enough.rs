// An associated function (no `self`) returning `'b` data as `'a`.
struct Pair<'a> {
    left: &'a str,
}

impl<'a> Pair<'a> {
    fn pick<'b>(p: &Pair<'a>, other: &'b str) -> &'a str {
        if other.len() > 3 { other } else { p.left }
    }
}

fn main() {
    let s = String::from("left");
    let p = Pair { left: &s };
    println!("{}", Pair::pick(&p, "right"));
}
