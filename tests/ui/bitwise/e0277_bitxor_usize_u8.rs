//@ mode: check
fn toggle(bits: usize, with: u8) -> usize {
    bits ^ with
}

fn main() {
    println!("{}", toggle(5, 1));
}
