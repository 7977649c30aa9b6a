//@ mode: check
macro_rules! use_x {
    () => { x * 2 };
}

fn main() {
    let x = 1;
    println!("{}", use_x!());
}
