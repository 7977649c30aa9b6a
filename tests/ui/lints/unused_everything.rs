//@ mode: run
// Every kind of unused code rustc warns about by default, in one program.
fn unused_helper() -> i32 {
    4
}

fn compute(a: i32, unused_param: i32) -> i32 {
    let mut result = a * 2;
    let temp = 5;
    let mut never_changed = 3;
    result = result + never_changed;
    result
}

fn main() {
    let x = 5;
    let mut y = 1;
    y = 2;
    println!("{}", compute(3, 4));
}
