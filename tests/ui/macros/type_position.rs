macro_rules! pair_of {
    ($t:ty) => {
        ($t, $t)
    };
}

fn swap(p: pair_of!(i32)) -> pair_of!(i32) {
    (p.1, p.0)
}

fn main() {
    let p: pair_of!(i32) = (1, 2);
    println!("{:?}", swap(p));
}
