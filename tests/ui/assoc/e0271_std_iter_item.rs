// A std iterator whose items are not the bound's.
fn show<I: Iterator<Item = u32>>(it: I) {
    for x in it {
        println!("{}", x);
    }
}

fn main() {
    show(vec![1i32, 2].into_iter());
}
