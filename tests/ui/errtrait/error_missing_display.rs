//@ mode: check
use std::error::Error;

#[derive(Debug)]
struct NoDisplay;

impl Error for NoDisplay {}

fn main() {
    let _ = NoDisplay;
}
