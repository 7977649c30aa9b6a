//@ mode: check
use std::error::Error;

#[derive(Debug)]
struct Quiet;

fn needs_error<E: Error>(_e: E) {}

fn main() {
    needs_error(Quiet);
}
