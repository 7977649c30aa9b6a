//@ mode: check
// A reference is not the number it points at.
fn widen(byte: &u8) -> u32 {
    byte as u32
}

fn average(xs: &[f64]) -> f64 {
    let mut sum = 0.0;
    for x in xs {
        sum += x as f64;
    }
    sum / xs.len() as f64
}

fn main() {
    let b = 7u8;
    println!("{}", widen(&b));
    println!("{}", average(&[1.0, 2.0]));
    let n = &42 as u64;
    let pair = &&b;
    let wide = pair as u32;
    let label = "12" as i32;
    let name = String::from("x");
    let addr = &name as usize;
    println!("{} {} {} {}", n, wide, label, addr);
}
