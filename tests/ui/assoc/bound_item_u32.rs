// `I: Iterator<Item = u32>`: the items are `u32` inside the body.
fn show<I: Iterator<Item = u32>>(it: I) {
    for x in it {
        println!("{}", x + 1);
    }
}

fn main() {
    show(vec![1u32, 2, 3].into_iter());
    show(10..12);
}
