//@ mode: check
fn main() {
    let (mut low, high) = (1i8, 9i8);
    low = 2.5;
    println!("{low} {high}");
}
