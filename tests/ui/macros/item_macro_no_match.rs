//@ mode: check
macro_rules! konst {
    ($name:ident = $v:expr) => {
        const $name: i32 = $v;
    };
}

konst!(LIMIT: 10);

fn main() {
    println!("{}", LIMIT);
}
