//@ mode: check
fn biggest() -> &i32 {
    &100
}

fn main() {
    println!("{}", biggest());
}
