macro_rules! table {
    ($($row:ident: [$($cell:expr),*]);*) => {
        $(
            print!("{}:", stringify_name!($row));
            $(
                print!(" {}", $cell);
            )*
            println!();
        )*
    };
}

macro_rules! stringify_name {
    (first) => { "first" };
    (second) => { "second" };
}

fn main() {
    table!(first: [1, 2, 3]; second: [4, 5]);
}
