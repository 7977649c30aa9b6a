//@ mode: check
// A variable declared in a block is gone after the block.
fn main() {
    {
        let secret = 42;
        println!("inside: {}", secret);
    }
    println!("outside: {}", secret);
}
