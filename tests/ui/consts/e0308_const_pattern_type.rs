//@ mode: check
// A constant used as a pattern must have the type of the matched value.
const LIMIT: u8 = 10;

fn main() {
    let n: i32 = 10;
    match n {
        LIMIT => println!("limit"),
        _ => println!("other"),
    }
}
