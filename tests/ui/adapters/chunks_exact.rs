// `chunks_exact` leaves out the shorter rest.
fn main() {
    let bytes = [1u8, 2, 3, 4, 5];
    for c in bytes.chunks_exact(2) {
        println!("{:?}", c);
    }
    println!("{}", bytes.chunks_exact(5).count());
    println!("{}", bytes.chunks_exact(6).count());
}
