fn main() {
    let mut lo: f32 = 0.0;
    for _ in 0..3 {
        println!("{}", 2.5f32.clamp(lo, 2.0));
        lo += 1.5;
    }
}
