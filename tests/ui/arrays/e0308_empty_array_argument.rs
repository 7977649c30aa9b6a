// An empty array where the function wants two elements.
fn first(pair: [i32; 2]) -> i32 {
    pair[0]
}

fn main() {
    println!("{}", first([]));
}
