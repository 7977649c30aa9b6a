fn cmp(a: i32, b: i32) -> Ordering {
    a.cmp(&b)
}

fn main() {
    println!("{:?}", cmp(1, 2));
}
