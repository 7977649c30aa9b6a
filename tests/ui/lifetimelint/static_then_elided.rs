//@ mode: check
fn pass_through(s: &'static str) -> &str {
    s
}

fn main() {
    println!("{}", pass_through("fixed"));
}
