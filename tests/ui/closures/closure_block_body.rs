// A closure with a block body, an early `return` and a loop.
fn main() {
    let first_over = |limit: i32| -> i32 {
        let mut n = 1;
        loop {
            if n * n > limit {
                return n;
            }
            n += 1;
        }
    };
    println!("{}", first_over(50));
    let classify = |n: i32| {
        if n < 0 {
            return "negative";
        }
        if n == 0 { "zero" } else { "positive" }
    };
    println!("{} {} {}", classify(-4), classify(0), classify(9));
}
