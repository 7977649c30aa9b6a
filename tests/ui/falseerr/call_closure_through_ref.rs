fn call<F: Fn(i32) -> i32>(f: &F) -> i32 {
    f(1)
}
fn main() {
    let k = 5;
    let c = move |x: i32| x + k;
    let r = &c;
    println!("{} {}", call(&c), r(2));
    let mut total = 0;
    let mut add = |x: i32| total += x;
    let m = &mut add;
    m(4);
    m(6);
    println!("{}", total);
}
