fn main() {
    println!("{}", area!(2, 5));
}

#[macro_export]
macro_rules! area {
    ($w:expr, $h:expr) => {
        $w * $h
    };
}
