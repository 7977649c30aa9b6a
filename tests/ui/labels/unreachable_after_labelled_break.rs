//@ mode: run
// Code after `break 'a` inside the block is unreachable; code after the block is not.
fn main() {
    let v = 'a: {
        break 'a 5;
        println!("never");
    };
    println!("{v}");
}
