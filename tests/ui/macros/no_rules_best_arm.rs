//@ mode: check
macro_rules! op {
    (add $a:expr, $b:expr) => {
        $a + $b
    };
    (neg $a:expr) => {
        -$a
    };
}

fn main() {
    let v = op!(add 1, 2 3);
    println!("{}", v);
}
