// A tuple meets `T: PartialEq` only when each element does.
struct Token(u8);

fn same<T: PartialEq>(a: T, b: T) -> bool {
    a == b
}

fn main() {
    println!("{}", same((1, Token(1)), (1, Token(2))));
}
