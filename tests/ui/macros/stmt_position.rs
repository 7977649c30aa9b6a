macro_rules! show_all {
    ($($e:expr),*) => {
        $(
            println!("{} = {}", stringify_lite!($e), $e);
        )*
    };
}

macro_rules! stringify_lite {
    ($e:expr) => {
        "value"
    };
}

fn main() {
    let a = 5;
    show_all!(a, a * 2, 7);
}
