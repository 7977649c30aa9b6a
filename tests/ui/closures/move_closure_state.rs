// A `move` closure owns its counter and keeps it between calls.
fn main() {
    let mut next = 0;
    let mut counter = move || {
        next += 1;
        next
    };
    println!("{}", counter());
    println!("{}", counter());
    println!("{}", counter());
    println!("original: {}", next);
}
