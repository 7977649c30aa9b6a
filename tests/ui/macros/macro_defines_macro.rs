macro_rules! make_adder {
    ($name:ident, $n:expr) => {
        macro_rules! $name {
            ($x:expr) => {
                $x + $n
            };
        }
    };
}

make_adder!(add_ten, 10);

fn main() {
    println!("{}", add_ten!(5));
}
