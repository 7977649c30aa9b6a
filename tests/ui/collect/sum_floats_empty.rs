fn mean(xs: &[f64]) -> f64 {
    let total: f64 = xs.iter().sum();
    total / xs.len() as f64
}

fn main() {
    println!("{}", mean(&[1.5, 2.5, 4.0]));
    let none: Vec<f32> = Vec::new();
    let s: f32 = none.iter().sum();
    let p: f32 = none.iter().product();
    println!("{} {} {:?}", s, p, s);
}
