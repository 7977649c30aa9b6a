fn inc(x: i32) -> i32 {
    x + 1
}

fn dbl(x: i32) -> i32 {
    x * 2
}

fn main() {
    let steps: Vec<fn(i32) -> i32> = vec![inc, dbl, inc];
    let mut x = 1;
    for f in &steps {
        x = f(x);
    }
    println!("{}", x);
}
