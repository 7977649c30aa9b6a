struct Empty;
struct Full(i32);
fn describe(e: Empty) -> &'static str {
    match e {
        Empty => "empty",
    }
}
fn main() {
    let Empty = Empty;
    let Full(n) = Full(3);
    println!("{} {}", describe(Empty), n);
}
