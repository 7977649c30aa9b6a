// A vector of boxed closures, built with `vec!` and called in a loop.
fn halve(x: i32) -> i32 {
    x / 2
}

fn main() {
    let offset = 7;
    let steps: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x * 3),
        Box::new(halve),
        Box::new(move |x| x + offset),
    ];
    for step in &steps {
        println!("{}", step(10));
    }
    let mut v = 1;
    for step in steps.iter() {
        v = step(v);
    }
    println!("chained: {}", v);
}
