// `<` on a `T: Copy`: rustc suggests restricting it further.
fn less<T: Copy>(a: T, b: T) -> bool {
    a < b
}

fn main() {
    println!("{}", less(1, 2));
}
