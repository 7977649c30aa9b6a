#[derive(Debug)]
struct S;

fn main() {
    let d = VecDeque::from([S]);
    println!("{:?}", d);
}
