//@ mode: check
// Arguments of the wrong types, in the wrong order.
fn repeat(text: &str, times: u32) {
    for _ in 0..times {
        print!("{text}");
    }
    println!();
}

fn main() {
    repeat(3, "ab");
}
