#[allow(unused_variables, unused_mut)]
fn scratch() {
    let mut a = 1;
    let b = 2;
}

fn other() {
    let c = 3;
}

fn main() {
    scratch();
    other();
}
