//@ mode: check
// The argument count is checked before unsafety, so E0060 comes alone.
unsafe extern "C" {
    fn sum_all(count: usize, ...) -> i64;
}

fn main() {
    let total = sum_all();
    println!("{}", total);
}
