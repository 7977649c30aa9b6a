use std::collections::HashMap;

fn main() {}
