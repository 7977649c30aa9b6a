struct Token {
    id: u32,
}

fn main() {
    let t = Token { id: 9 };
    let u = Clone::clone(&t);
    println!("{}", u.id);
}
