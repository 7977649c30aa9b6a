fn main() {
    for x in (250u8..).take(10) {
        println!("{}", x);
    }
}
