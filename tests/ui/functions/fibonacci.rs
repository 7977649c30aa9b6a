// Fibonacci numbers, recursively and with a loop.
fn fib_recursive(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    fib_recursive(n - 1) + fib_recursive(n - 2)
}

fn fib_iterative(n: u64) -> u64 {
    let mut previous = 0;
    let mut current = 1;
    let mut step = 0;
    while step < n {
        let next = previous + current;
        previous = current;
        current = next;
        step += 1;
    }
    previous
}

fn main() {
    println!("fib(15) = {}", fib_recursive(15));
    println!("fib(15) = {}", fib_iterative(15));
    println!("fib(90) = {}", fib_iterative(90));
}
