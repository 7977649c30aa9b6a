#[allow(unused_macros)]
macro_rules! spare {
    () => {};
}

macro_rules! _also_spare {
    () => {};
}

fn main() {
    println!("ok");
}
