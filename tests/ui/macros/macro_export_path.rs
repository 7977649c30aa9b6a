#[macro_export]
macro_rules! area {
    ($w:expr, $h:expr) => {
        $w * $h
    };
}

fn main() {
    println!("{}", crate::area!(3, 4));
}
