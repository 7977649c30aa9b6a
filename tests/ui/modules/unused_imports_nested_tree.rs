mod zoo {
    pub const OPEN: u8 = 9;
    pub mod cats {
        pub fn lion() -> &'static str {
            "roar"
        }
        pub fn tiger() -> &'static str {
            "growl"
        }
    }
    pub mod birds {
        pub fn owl() -> &'static str {
            "hoot"
        }
    }
}

use zoo::{OPEN, birds::owl, cats::{lion, tiger}};

fn main() {
    println!("lion: {}", lion());
    println!("owl: {}", zoo::birds::owl());
    println!("tiger: {} (opens at {})", zoo::cats::tiger(), zoo::OPEN);
}
