//@ mode: check
fn match(a: i32) -> bool {
    a == 1
}

fn main() {}
