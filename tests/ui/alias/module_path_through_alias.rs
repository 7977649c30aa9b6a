mod inv {
    pub struct Bin {
        pub items: Vec<String>,
    }

    impl Bin {
        pub fn new() -> Self {
            Bin { items: Vec::new() }
        }
    }

    #[derive(Debug)]
    pub enum Switch {
        On,
        Off,
    }

    pub type Crate = Bin;
    pub type Mode = Switch;
}

fn main() {
    let mut b = inv::Crate::new();
    b.items.push(String::from("bolt"));
    let m = inv::Mode::On;
    let n = inv::Mode::Off;
    let inv::Crate { items } = b;
    println!("{} {:?} {:?}", items.len(), m, n);
}
