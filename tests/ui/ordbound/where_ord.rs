// `where` clauses with `PartialOrd`, `PartialEq` and `Display` together.
use std::fmt::Display;

fn describe<T>(a: T, b: T) -> String
where
    T: PartialOrd + Display,
{
    if a < b {
        format!("{} < {}", a, b)
    } else if a == b {
        format!("{} == {}", a, b)
    } else {
        format!("{} > {}", a, b)
    }
}

fn differ<T>(a: &T, b: &T) -> bool
where
    T: PartialEq,
{
    a != b
}

fn main() {
    println!("{}", describe(3, 7));
    println!("{}", describe('z', 'z'));
    println!("{}", describe(2.5, -1.0));
    println!("{}", differ(&"x", &"y"));
    println!("{}", differ(&10, &10));
}
