// An `impl Iterator<Item = i64>` argument given a range of `u8`.
fn show(it: impl Iterator<Item = i64>) {
    for x in it {
        println!("{}", x);
    }
}

fn main() {
    show(1..3u8);
}
