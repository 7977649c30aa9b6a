// A closure capturing only `Copy` data by value is itself `Copy`: each copy has its own state.
fn main() {
    let mut n = 0;
    let mut a = move || {
        n += 10;
        n
    };
    let mut b = a;
    println!("{} {}", a(), a());
    println!("{}", b());
}
