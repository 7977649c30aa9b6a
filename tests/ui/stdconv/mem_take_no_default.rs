struct Token {
    id: u32,
}

fn main() {
    let mut t = Token { id: 1 };
    let old = std::mem::take(&mut t);
    println!("{}", old.id);
}
