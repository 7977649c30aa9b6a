fn inc(x: i32) -> i32 {
    x + 1
}

fn main() {
    let q = inc as fn(i32) -> i32;
    let table = [q, inc];
    println!("{} {}", q(1), table[1](5));
}
