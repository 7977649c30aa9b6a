macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

fn main() {
    let n = 3;
    println!("{}", square!(n + 1));
    println!("{}", square!(2) + 1);
}
