fn limit(v: f64, lo: f64, hi: f64) -> f64 {
    v.clamp(lo, hi)
}

fn main() {
    println!("{}", limit(5.0, 0.0, 3.0));
    println!("{}", limit(5.0, 9.0, 3.0));
}
