//@ mode: check
struct View<'a> {
    part: &'a str,
}

fn part_of(v: View) -> &str {
    v.part
}

fn main() {
    let v = View { part: "slice" };
    println!("{}", part_of(v));
}
