//@ mode: check
// dead_code for enums and variants.
#[derive(Debug)]
enum Unused {
    A,
}
enum Mood {
    Happy,
    Sad,
    Angry(u8),
    Calm { level: u8 },
}
fn main() {
    let m = Mood::Happy;
    match m {
        Mood::Happy => println!("yay"),
        _ => println!("hm"),
    }
}
