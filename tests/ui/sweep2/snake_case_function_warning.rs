// A function named in camelCase.
fn addOne(n: i32) -> i32 {
    n + 1
}

fn main() {
    println!("{}", addOne(41));
}
