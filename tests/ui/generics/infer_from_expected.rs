// The type argument comes from the expected type of the result.
fn first<T>(a: T, _b: T) -> T {
    a
}

fn main() {
    let x: u64 = first(3_000_000_000, 1);
    let y = x * 3;
    let z: i8 = first(-100, 7);
    println!("{} {}", y, z);
}
