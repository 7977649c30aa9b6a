//@ mode: run
// Functions that nothing calls are dead code, even if they call each other.
fn helper_a() -> i32 {
    helper_b() + 1
}

fn helper_b() -> i32 {
    2
}

fn used() -> i32 {
    40
}

fn main() {
    println!("{}", used() + 2);
}
