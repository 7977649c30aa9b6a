macro_rules! greet {
    ($fmt:literal, $who:expr) => {
        println!($fmt, $who)
    };
}

macro_rules! negate {
    ($l:literal) => {
        -$l
    };
}

fn main() {
    greet!("hello, {}!", "world");
    println!("{}", negate!(5));
    println!("{}", negate!(-5));
}
