fn describe(n: i32) {
    println!("{} -> signum {}, positive {}, negative {}", n, n.signum(), n.is_positive(), n.is_negative());
}

fn main() {
    describe(-8);
    describe(0);
    describe(12);
}
