macro_rules! calc {
    (@acc $acc:expr ;) => { $acc };
    (@acc $acc:expr ; plus $n:literal $($rest:tt)*) => { calc!(@acc ($acc + $n) ; $($rest)*) };
    (@acc $acc:expr ; times $n:literal $($rest:tt)*) => { calc!(@acc ($acc * $n) ; $($rest)*) };
    ($start:literal $($rest:tt)*) => { calc!(@acc $start ; $($rest)*) };
}

fn main() {
    let r = calc!(2 plus 3 times 4);
    println!("{}", r);
}
