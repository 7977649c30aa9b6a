macro_rules! check_eq {
    ($a:expr, $b:expr) => {
        assert_eq!($a, $b, "values differ");
    };
}

fn main() {
    check_eq!(2 + 2, 4);
    let v = 5;
    check_eq!(v, 6);
}
