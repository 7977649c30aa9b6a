//@ edition: 2021
//@ mode: check
// Let chains are an edition 2024 feature.
enum Slot {
    Full(u8),
    Free,
}

fn main() {
    let s = Slot::Full(3);
    if let Slot::Full(n) = s && n > 2 {
        println!("{n}");
    }
    let _ = Slot::Free;
}
