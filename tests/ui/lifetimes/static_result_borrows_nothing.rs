// A `'static` result keeps no argument borrowed.
fn label(n: &i32) -> &'static str {
    if *n > 0 { "positive" } else { "not positive" }
}

fn main() {
    let l;
    {
        let n = 5;
        l = label(&n);
    }
    println!("{l}");
}
