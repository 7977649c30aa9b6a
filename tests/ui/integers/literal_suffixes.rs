// Suffixes and underscores in integer literals, and inference from use.
fn takes_u16(value: u16) -> u16 {
    value + 1
}

fn main() {
    let byte = 5u8;
    let wide = 1_000_000i64;
    let inferred = 65534;
    let total: i128 = 1_000_000_000_000_000_000_000;
    println!("{}", byte * 50);
    println!("{}", wide * wide);
    println!("{}", takes_u16(inferred));
    println!("{}", total);
    println!("{}", 0u64);
}
