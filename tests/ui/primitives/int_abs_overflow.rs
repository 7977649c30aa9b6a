fn magnitude(n: i64) -> i64 {
    n.abs()
}

fn main() {
    let mut x = i64::MIN + 2;
    loop {
        println!("{}", magnitude(x));
        x -= 1;
    }
}
