const SLOTS: i32 = 4;

struct Inventory {
    items: [u16; SLOTS],
}

fn main() {
    let count: u8 = 300u32;
    let inv = Inventory { items: [0; 4] };
    println!("{:?} {}", inv.items, count);
}
