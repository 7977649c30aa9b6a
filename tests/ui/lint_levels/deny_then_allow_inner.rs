#![deny(dead_code)]

#[allow(dead_code)]
fn tolerated() {}

fn reported() {}

fn main() {}
