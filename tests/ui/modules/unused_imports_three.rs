mod colors {
    pub fn red() -> &'static str {
        "red"
    }
    pub fn green() -> &'static str {
        "green"
    }
    pub fn blue() -> &'static str {
        "blue"
    }
    pub fn paint(c: &str) {
        println!("painting {}", c);
    }
}

use colors::{blue, green, paint, red};

fn main() {
    paint(colors::red());
    paint(colors::green());
    paint(colors::blue());
}
