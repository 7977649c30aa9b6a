//@ mode: check
macro_rules! name_of {
    ($i:ident) => {
        stringify_it!($i)
    };
    (nothing) => {
        ""
    };
}

fn main() {
    let s = name_of!(=> x);
    println!("{}", s);
}
