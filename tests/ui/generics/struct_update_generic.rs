// Struct update syntax and field mutation on a generic struct.
#[derive(Debug, Clone, Copy)]
struct Config<T> {
    width: T,
    height: T,
    depth: T,
}

fn main() {
    let base = Config { width: 1u32, height: 2, depth: 3 };
    let mut wide = Config { width: 100, ..base };
    wide.depth += 10;
    println!("{:?}", wide);
    println!("{}", base.width + wide.width + base.height);
}
