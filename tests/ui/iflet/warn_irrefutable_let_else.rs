// A binding always matches: the `else` clause of this `let...else` is useless.
fn half(n: i32) -> i32 {
    let m = n / 2 else {
        return 0;
    };
    m
}

fn main() {
    println!("{}", half(9));
}
