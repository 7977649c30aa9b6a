// Integer division by zero panics at run time.
fn share(total: u32, people: u32) -> u32 {
    total / people
}

fn main() {
    println!("{}", share(10, 3));
    println!("{}", share(10, 0));
}
