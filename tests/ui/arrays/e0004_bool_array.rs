// Missing combinations of a `[bool; 2]` are listed one by one.
fn main() {
    let bits = [true, false];
    let n = match bits {
        [true, true] => 3,
        [false, false] => 0,
    };
    println!("{}", n);
}
