//@ mode: run
// A negative shift amount is an overflowing shift, in the compound form too.
fn scale(mut value: i32, by: i32) -> i32 {
    value <<= by;
    value
}

fn main() {
    let mut by = 2;
    while by > -3 {
        println!("{}", scale(5, by));
        by -= 1;
    }
}
