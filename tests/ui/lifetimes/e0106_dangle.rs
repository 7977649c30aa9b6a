// No input to borrow from.
fn dangle() -> &String {
    let s = String::from("hi");
    &s
}

fn main() {
    println!("{}", dangle());
}
