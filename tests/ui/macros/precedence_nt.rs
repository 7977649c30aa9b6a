macro_rules! double {
    ($e:expr) => {
        $e * 2
    };
}

macro_rules! double_tt {
    ($($t:tt)*) => {
        $($t)* * 2
    };
}

fn main() {
    println!("{}", double!(1 + 2));
    println!("{}", double_tt!(1 + 2));
}
