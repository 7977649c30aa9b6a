#![deny(unused_variables, reason = "keep the exercises tidy")]

fn main() {
    let stray = 1;
}
