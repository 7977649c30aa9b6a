#[derive(PartialEq)]
struct Weight(f32);

fn main() {
    let a = Weight(2.0);
    let b = Weight(3.5);
    println!("{:?}", PartialOrd::partial_cmp(&a, &b));
}
