#[derive(Debug)]
struct Money(i64);

fn main() {
    let m = Money(5);
    let n = -m;
    println!("{:?}", n);
}
