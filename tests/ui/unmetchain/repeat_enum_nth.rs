// An enum without `Clone`, repeated; `nth` takes `&mut self`.
#[derive(Debug)]
enum Light {
    Red,
}

fn main() {
    let third = std::iter::repeat(Light::Red).nth(2);
    println!("{:?}", third);
}
