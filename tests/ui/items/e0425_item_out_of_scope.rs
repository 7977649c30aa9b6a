//@ mode: check
// An item declared in a block is not visible outside that block.
fn main() {
    {
        fn helper(n: i32) -> i32 {
            n + 1
        }
        println!("{}", helper(1));
    }
    println!("{}", helper(2));
}
