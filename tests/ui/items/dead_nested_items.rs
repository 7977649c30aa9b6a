// Items in a function body are subject to dead code analysis too.
fn main() {
    #[derive(Debug)]
    struct Pair {
        left: i32,
        right: i32,
    }
    fn never_called() {}
    const UNUSED_LIMIT: u8 = 9;
    let p = Pair { left: 1, right: 2 };
    println!("{}", p.left);
}
