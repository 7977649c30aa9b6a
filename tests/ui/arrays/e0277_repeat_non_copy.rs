// `[v; N]` with N > 1 copies `v`, so its type must be Copy.
#[derive(Debug)]
struct Slot {
    used: bool,
}

fn main() {
    let slots = [Slot { used: false }; 3];
    println!("{:?}", slots);
}
