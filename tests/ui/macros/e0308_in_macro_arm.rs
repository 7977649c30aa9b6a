//@ mode: check
macro_rules! bad {
    ($e:expr) => {
        let v: i32 = "no";
        println!("{}", v + $e);
    };
}

fn main() {
    bad!(1);
}
