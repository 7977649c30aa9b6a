//@ mode: check
macro_rules! show {
    ($e:expr) => {
        println!("{}", $e)
    };
}

fn main() {
    show!(1 + );
}
