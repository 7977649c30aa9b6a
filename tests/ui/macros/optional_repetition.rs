macro_rules! maybe_add {
    ($a:expr $(, $b:expr)?) => {
        $a $(+ $b)?
    };
}

fn main() {
    println!("{} {}", maybe_add!(5), maybe_add!(5, 6));
}
