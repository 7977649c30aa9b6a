macro_rules! make_getter {
    ($name:ident, $value:expr) => {
        fn $name() -> i32 {
            $value
        }
    };
}

make_getter!(forty_two, 42);
make_getter!(seven, 3 + 4);

fn main() {
    println!("{} {}", forty_two(), seven());
}
