//@ mode: check
struct Counter {
    n: i32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;
    }

    fn peek(&self) -> &i32 {
        &self.n
    }
}

fn main() {
    let mut c = Counter { n: 1 };
    let view = c.peek();
    c.bump();
    println!("{view}");
}
