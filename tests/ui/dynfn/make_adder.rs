// Returning a capturing closure in a box: `move` takes `k` into it.
fn make_adder(k: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + k)
}

fn main() {
    let add3 = make_adder(3);
    let add10 = make_adder(10);
    println!("{} {}", add3(1), add10(1));
}
