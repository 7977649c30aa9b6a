#[allow(non_snake_case)]
fn computeTotal(itemCount: u32) -> u32 {
    itemCount * 2
}

fn addOne(valueIn: u32) -> u32 {
    valueIn + 1
}

fn main() {
    println!("{}", computeTotal(3) + addOne(1));
}
