//@ mode: check
// Arguments past the declared ones cannot be types C promotes, nor function items.
unsafe extern "C" {
    fn show(count: usize, ...);
}

fn tick() {}

fn main() {
    let small: u8 = 7;
    let half: f32 = 0.5;
    unsafe {
        show(4, small, half, true, 1000);
        show(1, tick);
        show(2, 3.5, 'x');
    }
}
