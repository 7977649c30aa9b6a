fn apply<F: Fn(i32) -> i32>(f: F, times: usize, start: i32) -> i32 {
    let mut x = start;
    for _ in 0..times {
        x = f(x);
    }
    x
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let double = |x| x * 2;
    println!("{}", apply(double, 3, 1));
    let add5 = make_adder(5);
    println!("{}", apply(&add5, 2, 0));
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    println!("count = {}", count);
    let names = vec!["ann", "bob"];
    let greet = |i: usize| format!("hi {}", names[i]);
    println!("{} / {}", greet(0), greet(1));
}
