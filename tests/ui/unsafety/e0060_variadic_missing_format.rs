//@ mode: check
// A C-variadic function still needs its declared arguments.
unsafe extern "C" {
    fn printf(format: *const u8, ...) -> i32;
}

fn report(total: i32) {
    println!("total: {}", total);
}

fn main() {
    report(3);
    unsafe {
        printf();
    }
}
