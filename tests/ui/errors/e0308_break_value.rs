//@ mode: check
// The value given to `break` is the loop's value and must fit the annotation.
fn main() {
    let mut tries = 0;
    let result: u32 = loop {
        tries += 1;
        if tries == 3 {
            break "done";
        }
    };
    println!("{}", result);
}
