mod greetings {
    pub fn hello(name: &str) {
        println!("hello, {}", name);
    }
}

mod farewells {
    pub fn bye(name: &str) {
        println!("bye, {}", name);
    }
}

use farewells::*;
use greetings::*;

fn main() {
    hello("Ada");
    farewells::bye("Ada");
}
