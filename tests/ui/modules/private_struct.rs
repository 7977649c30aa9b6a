mod zoo {
    struct Cage {
        pub size: i32,
    }
    pub fn capacity() -> i32 {
        let c = Cage { size: 3 };
        c.size
    }
}

fn main() {
    println!("{}", zoo::capacity());
    let c = zoo::Cage { size: 1 };
    println!("{}", c.size);
}
