macro_rules! describe {
    () => {
        "nothing"
    };
    (one $x:expr) => {
        "one thing"
    };
    ($($x:expr),+) => {
        "many things"
    };
}

fn main() {
    println!("{}", describe!());
    println!("{}", describe!(one 5));
    println!("{}", describe!(1, 2, 3));
}
