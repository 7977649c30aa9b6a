macro_rules! compute {
    ($a:expr) => {{
        let doubled = $a * 2;
        doubled + 1
    }};
}

fn f(x: i32) -> i32 {
    compute!(x)
}

fn main() {
    println!("{}", f(20));
}
