// `count` straight on the `Repeat` of a value that cannot be cloned.
struct Seed;

fn main() {
    let k = std::iter::repeat(Seed).count();
    println!("{}", k);
}
