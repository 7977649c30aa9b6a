//@ mode: check
// A bare `break` where the loop must give a value.
fn main() {
    let mut i = 0;
    let found: i32 = loop {
        i += 1;
        if i * i > 50 {
            break;
        }
    };
    println!("{found}");
}
