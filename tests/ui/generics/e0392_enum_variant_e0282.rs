enum Slot<T> {
    Empty,
    Full(u8),
}

fn main() {
    let s: Slot<char> = Slot::Full(3);
    if let Slot::Full(n) = s {
        println!("{n}");
    }
}
