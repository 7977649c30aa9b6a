#[derive(Debug, Clone, Copy)]
struct Peekable {
    height: u32,
}

fn main() {
    let hills = [Peekable { height: 3 }, Peekable { height: 9 }];
    let mut it = hills.iter().map(|h| h.height).peekable();
    while let Some(h) = it.next() {
        match it.peek() {
            Some(next) => println!("{} then {}", h, next),
            None => println!("{} last", h),
        }
    }
    println!("{:?}", hills[0]);
}
