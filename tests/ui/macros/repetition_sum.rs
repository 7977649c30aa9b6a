macro_rules! sum {
    ($($x:expr),* $(,)?) => {
        0 $(+ $x)*
    };
}

fn main() {
    let a = sum!();
    let b = sum!(1, 2, 3);
    let c = sum!(10, 20,);
    println!("{} {} {}", a, b, c);
}
