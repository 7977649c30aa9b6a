struct Token(u8);

fn main() {
    let v = vec![Token(1)];
    let c = v.first().cloned();
    println!("{}", c.is_some());
}
