//@ mode: run
// A non-Copy value moved out of a deferred binding: using it again is E0382.
struct Token {
    id: u32,
}

fn consume(t: Token) -> u32 {
    t.id
}

fn main() {
    let t;
    t = Token { id: 7 };
    println!("{}", consume(t));
    println!("{}", consume(t));
}
