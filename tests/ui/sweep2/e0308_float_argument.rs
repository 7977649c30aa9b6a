//@ mode: check
// Passing a float where an integer parameter is expected.
fn repeat_char(c: char, times: u32) {
    for _ in 0..times {
        print!("{c}");
    }
    println!();
}

fn main() {
    repeat_char('*', 2.5);
}
