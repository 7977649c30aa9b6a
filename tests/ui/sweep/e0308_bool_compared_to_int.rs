//@ mode: check
// Comparing a bool with 1 as in C.
fn is_ready(step: u32) -> bool {
    step > 2
}

fn main() {
    if is_ready(3) == 1 {
        println!("ready");
    }
}
