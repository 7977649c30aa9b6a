macro_rules! declare {
    ($name:ident = $value:expr) => {
        let $name = $value;
    };
}

fn main() {
    declare!(total = 40 + 2);
    println!("{}", total);
}
