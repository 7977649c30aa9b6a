// Output on stdout and stderr, then a panic with a message.
fn check(n: i32) {
    if n < 0 {
        panic!("negative count: {}", n);
    }
}

fn main() {
    let mut n = 3;
    while n > 0 {
        println!("{n}...");
        n -= 1;
    }
    eprintln!("liftoff is delayed");
    check(-1);
}
