// `==` on a tuple of two types, neither with `PartialEq`: rustc names both.
struct Left(u8);
struct Right(u8);

fn main() {
    let a = (Left(1), Right(2));
    let b = (Left(1), Right(2));
    println!("{}", a == b);
}
