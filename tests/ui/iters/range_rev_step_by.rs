// `rev` walks a range backwards; `step_by` skips.
fn main() {
    for i in (0..5).rev() {
        print!("{} ", i);
    }
    println!();
    for i in (0..20).step_by(3) {
        print!("{} ", i);
    }
    println!();
    for i in (1..=10).rev().step_by(4) {
        print!("{} ", i);
    }
    println!();
}
