// An item declared in an inner block is visible in that block and the blocks inside it.
fn main() {
    let total = {
        fn double(n: i32) -> i32 {
            n * 2
        }
        let mut t = 0;
        for i in 1..4 {
            if i > 1 {
                t += double(i);
            }
        }
        t
    };
    println!("{total}");
}
