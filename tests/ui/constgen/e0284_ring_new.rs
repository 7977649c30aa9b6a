struct Ring<const N: usize> {
    slots: [i32; N],
}
impl<const N: usize> Ring<N> {
    fn new() -> Self {
        Ring { slots: [0; N] }
    }
}
fn main() {
    let r = Ring::new();
    println!("{}", r.slots.len());
}
