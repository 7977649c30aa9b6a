fn inc(x: i32) -> i32 {
    x + 1
}

fn dec(x: i32) -> i32 {
    x - 1
}

fn main() {
    let ops = vec![inc, dec];
    println!("{}", ops[1](5));
}
