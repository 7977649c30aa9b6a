// A closure parameter shadows an outer variable of the same name.
fn main() {
    let x = 100;
    let f = |x: i32| x * 2;
    let g = |y: i32| x + y;
    println!("{} {} {}", f(3), g(3), x);
}
