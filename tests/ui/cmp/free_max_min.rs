use std::cmp::{max, min};

fn main() {
    let a = 17;
    let b = -4;
    println!("{} {}", max(a, b), min(a, b));
    println!("{}", std::cmp::max('q', 'z'));
    println!("{}", min("pear", "apple"));
    let s = max(String::from("b"), String::from("ab"));
    println!("{s}");
    println!("{:?}", max((1, 'z'), (2, 'a')));
}
