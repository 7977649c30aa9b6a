// A calculator's operators in a map from symbol to boxed closure.
use std::collections::HashMap;

fn main() {
    let mut ops: HashMap<&str, Box<dyn Fn(f64, f64) -> f64>> = HashMap::new();
    ops.insert("+", Box::new(|a, b| a + b));
    ops.insert("-", Box::new(|a, b| a - b));
    ops.insert("*", Box::new(|a, b| a * b));
    ops.insert("/", Box::new(|a, b| a / b));
    for (a, sym, b) in [(6.0, "+", 1.5), (6.0, "/", 4.0), (2.0, "*", 0.25), (1.0, "%", 2.0)] {
        match ops.get(sym) {
            Some(f) => println!("{} {} {} = {}", a, sym, b, f(a, b)),
            None => println!("unknown operator {}", sym),
        }
    }
}
