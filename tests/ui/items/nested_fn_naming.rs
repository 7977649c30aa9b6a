// Naming lints apply to items declared inside functions.
fn main() {
    fn AddOne(n: i32) -> i32 {
        n + 1
    }
    const step: i32 = 2;
    println!("{}", AddOne(step));
}
