//@ mode: check
fn is_zero(r: &i32) -> bool {
    r == 0
}

fn main() {
    println!("{}", is_zero(&0));
}
