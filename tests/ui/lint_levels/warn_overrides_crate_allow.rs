#![allow(unused_variables)]

fn quiet() {
    let a = 1;
}

#[warn(unused_variables)]
fn loud() {
    let b = 2;
}

fn main() {
    quiet();
    loud();
}
