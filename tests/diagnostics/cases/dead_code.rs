fn helper() {}

fn main() {}
