fn pick(b: bool) -> i32 {
    if b {
        1
    }
}

fn main() {
    println!("{}", pick(true));
}
