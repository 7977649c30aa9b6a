// `{:x}` formats integers, not a struct holding one.
struct Colour {
    rgb: u32,
}

fn main() {
    let teal = Colour { rgb: 0x008080 };
    println!("#{:06x}", teal);
    println!("{}", teal.rgb);
}
