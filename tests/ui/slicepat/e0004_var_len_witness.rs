fn name(xs: &[i32]) -> &str {
    match xs {
        [] => "none",
        [_] => "one",
    }
}

fn main() {
    println!("{}", name(&[1]));
}
