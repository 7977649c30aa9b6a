//@ mode: check
#[allow(dead_code)]
enum Ordering {
    Less,
    Equal,
    Greater,
}

fn main() {
    let a = 1;
    let b = 2;
    match a.cmp(&b) {
        Ordering::Less => println!("less"),
        _ => println!("other"),
    }
}
