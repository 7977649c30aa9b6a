//@ mode: check
// Integer and float methods return a new value; the original is unchanged.
fn main() {
    let x = -7i32;
    x.abs();
    x.pow(2);
    x.checked_add(1);
    x.wrapping_mul(3);
    x.saturating_sub(10);
    x.min(3);
    x.max(3);
    x.clamp(0, 5);
    x.is_positive();
    let n = 10u64;
    n.checked_div(2);
    n.abs_diff(3);
    let f = 2.5f64;
    f.sqrt();
    f.round();
    f.abs();
    f.max(1.0);
    f.powi(2);
    let c = 'a';
    c.to_ascii_uppercase();
    c.is_alphabetic();
    c.to_digit(10);
    b'a'.to_ascii_uppercase();
    println!("{} {} {}", x, n, f);
}
