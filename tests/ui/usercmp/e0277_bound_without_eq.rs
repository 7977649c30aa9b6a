// A type without `PartialEq` passed to a `T: PartialEq` function: E0277.
struct Id(u32);

fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    a == b
}

fn main() {
    let a = Id(1);
    println!("{} {}", a.0, same(&a, &Id(1)));
}
