// A match on an array that misses some values of the first element.
fn sign(pair: [i32; 2]) -> i32 {
    match pair {
        [1..=i32::MAX, _] => 1,
        [_, 0] => 0,
    }
}

fn main() {
    println!("{}", sign([3, 4]));
}
