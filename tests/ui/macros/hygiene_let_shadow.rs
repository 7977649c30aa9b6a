macro_rules! with_temp {
    ($e:expr) => {{
        let x = 100;
        $e + x
    }};
}

fn main() {
    let x = 1;
    let y = with_temp!(x * 2);
    println!("{} {}", x, y);
}
