type BinOp = fn(i32, i32) -> i32;

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn mul(a: i32, b: i32) -> i32 {
    a * b
}

fn apply(f: BinOp, a: i32, b: i32) -> i32 {
    f(a, b)
}

fn main() {
    let table: [(char, BinOp); 2] = [('+', add), ('*', mul)];
    for (c, f) in table {
        println!("3 {} 4 = {}", c, apply(f, 3, 4));
    }
}
