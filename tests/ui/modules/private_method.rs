mod counter {
    pub struct Counter {
        pub n: i32,
    }
    impl Counter {
        pub fn bump(&mut self) {
            self.step();
        }
        fn step(&mut self) {
            self.n += 1;
        }
    }
}

fn main() {
    let mut c = counter::Counter { n: 0 };
    c.bump();
    c.step();
    println!("{}", c.n);
}
