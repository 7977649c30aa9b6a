// `!` on an enum needs `Not`; a `match` says what flipping means.
enum Switch {
    On,
    Off,
}

fn main() {
    let s = Switch::On;
    let flipped = !s;
    match flipped {
        Switch::On => println!("on"),
        Switch::Off => println!("off"),
    }
}
