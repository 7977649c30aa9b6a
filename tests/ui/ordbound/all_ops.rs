// Every comparison operator on values of a `T: PartialOrd`.
fn table<T: PartialOrd>(a: T, b: T) -> [bool; 6] {
    [a == b, a != b, a < b, a > b, a <= b, a >= b]
}

fn main() {
    println!("{:?}", table(1, 2));
    println!("{:?}", table(2, 2));
    println!("{:?}", table('b', 'a'));
    println!("{:?}", table(f64::NAN, 1.0));
}
