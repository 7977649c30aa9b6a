// An unused helper function is reported by the dead_code lint.
fn helper(n: i32) -> i32 {
    n + 1
}

fn main() {
    println!("done");
}
