// `T: PartialEq` allows `==` but not `<`.
fn check<T: PartialEq>(a: T, b: T) -> bool {
    a == b || a < b
}

fn main() {
    println!("{}", check(1, 2));
}
