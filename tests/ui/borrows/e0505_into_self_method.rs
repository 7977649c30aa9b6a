//@ mode: check
struct Token {
    id: u32,
}

impl Token {
    fn redeem(self) -> u32 {
        self.id
    }
}

fn main() {
    let t = Token { id: 9 };
    let view = &t;
    let n = t.redeem();
    println!("{} {n}", view.id);
}
