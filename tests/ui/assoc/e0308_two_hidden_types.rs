// Two returns of different iterator types: an opaque type has one hidden type.
fn nums(up: bool) -> impl Iterator<Item = u32> {
    if up {
        return 1..4;
    }
    vec![7, 8].into_iter()
}

fn main() {
    for n in nums(true) {
        println!("{}", n);
    }
}
