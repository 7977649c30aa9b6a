// A trait declared in a module, implemented at the crate root for a local type.
mod report {
    pub trait Summary {
        fn summary(&self) -> u32;
    }

    pub fn print_summary(x: &impl Summary) {
        println!("summary: {}", x.summary());
    }
}

use report::Summary;

struct Sales {
    units: u32,
    price: u32,
}

impl Summary for Sales {
    fn summary(&self) -> u32 {
        self.units * self.price
    }
}

fn main() {
    let s = Sales { units: 3, price: 7 };
    report::print_summary(&s);
    println!("{}", s.summary());
}
