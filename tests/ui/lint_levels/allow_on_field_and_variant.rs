#[derive(Debug)]
enum Shape {
    Circle(f64),
    #[allow(dead_code)]
    Square(f64),
}

struct Account {
    #[allow(dead_code)]
    id: u32,
    balance: i64,
    owner: u8,
}

fn main() {
    let s = Shape::Circle(1.5);
    let a = Account { id: 1, balance: 10, owner: 2 };
    println!("{:?} {}", s, a.balance);
}
