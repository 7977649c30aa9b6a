//@ mode: check
struct Two<'a, 'b> {
    left: &'a str,
    right: &'b str,
}

fn main() {
    let t = Two { left: "l", right: "r" };
    t.swap_sides();
    println!("{}{}", t.left, t.right);
}
