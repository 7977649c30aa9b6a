// The turbofish fixes the integer type: the addition overflows a u8 at run time.
fn pass<T>(x: T) -> T {
    x
}

fn main() {
    let small = pass::<u8>(250);
    println!("{}", small);
    let total = small + pass(10);
    println!("{}", total);
}
