//@ mode: check
fn main() {}

#![allow(unused)]
