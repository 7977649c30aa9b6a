// The trait's impl exists, but the trait is not imported where the method is called.
mod shapes {
    pub trait Area {
        fn area(&self) -> u32;
    }

    pub struct Square {
        pub side: u32,
    }

    impl Area for Square {
        fn area(&self) -> u32 {
            self.side * self.side
        }
    }
}

fn main() {
    let s = shapes::Square { side: 4 };
    println!("{}", s.area());
}
