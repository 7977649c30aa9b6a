//@ mode: check
fn average(xs: [f64; 4]) -> f64 {
    let mut total = 0;
    for x in xs {
        total += x;
    }
    total / xs.len()
}

fn main() {
    println!("{}", average([1.0, 2.0, 3.0, 4.0]));
}
