struct Cell {
    alive: bool,
}

fn main() {
    let a = Cell { alive: true };
    let b = Cell { alive: false };
    println!("{}", PartialEq::eq(&a, &b));
    println!("{}", a.alive || b.alive);
}
