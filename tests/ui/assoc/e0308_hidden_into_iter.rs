// The first return fixes the hidden type, with its `Item = u32` applied.
fn nums(up: bool) -> impl Iterator<Item = u32> {
    if up {
        return vec![1, 2].into_iter();
    }
    3..5
}

fn main() {
    for n in nums(true) {
        println!("{}", n);
    }
}
