macro_rules! add_all {
    ($($x:expr),+) => {
        0u8 $(+ $x)+
    };
}

fn total(big: u8) -> u8 {
    add_all!(big, 50, 10)
}

fn main() {
    println!("{}", total(100));
    println!("{}", total(200));
}
