//@ mode: check
struct Token;

impl !Clone for Token {}

fn main() {}
