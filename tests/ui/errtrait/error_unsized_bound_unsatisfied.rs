//@ mode: check
use std::error::Error;

#[derive(Debug)]
struct Bare;

fn keep<E: Error + ?Sized>(e: &E) -> bool {
    e.source().is_none()
}

fn main() {
    println!("{}", keep(&Bare));
}
