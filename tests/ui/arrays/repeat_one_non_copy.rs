// `[v; N]` needs `Copy` only when N > 1: a single non-Copy value is fine.
#[derive(Debug)]
struct Token {
    id: u32,
}

fn main() {
    let one = [Token { id: 7 }; 1];
    let none: [Token; 0] = [];
    println!("{:?} {:?}", one, none);
    println!("{}", one[0].id);
}
