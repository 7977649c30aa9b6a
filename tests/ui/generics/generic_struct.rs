// A generic struct instantiated with different types.
#[derive(Debug)]
struct Pair<T> {
    a: T,
    b: T,
}

fn main() {
    let nums = Pair { a: 1, b: 2 };
    let words = Pair { a: "left", b: "right" };
    println!("{:?}", nums);
    println!("{:#?}", words);
    println!("{} {}", nums.a + nums.b, words.b);
}
