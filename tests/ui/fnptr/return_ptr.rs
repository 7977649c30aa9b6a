fn add_one(x: u32) -> u32 {
    x + 1
}

fn times_two(x: u32) -> u32 {
    x * 2
}

fn pick(double: bool) -> fn(u32) -> u32 {
    if double { times_two } else { add_one }
}

fn main() {
    println!("{} {}", pick(true)(5), pick(false)(5));
}
