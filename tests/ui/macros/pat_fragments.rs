macro_rules! is_match {
    ($e:expr, $p:pat) => {
        match $e {
            $p => true,
            _ => false,
        }
    };
}

macro_rules! first_arm {
    ($e:expr, $($p:pat_param)|+) => {
        match $e {
            $($p)|+ => "listed",
            _ => "other",
        }
    };
}

fn main() {
    println!("{}", is_match!(7, 1 | 7));
    println!("{}", is_match!((3, 4), (_, 4)));
    println!("{}", first_arm!(2, 1 | 2 | 3));
    println!("{}", first_arm!(9, 1 | 2));
}
