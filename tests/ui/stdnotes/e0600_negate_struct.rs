// Unary minus on a struct needs `Neg`.
struct Temperature {
    celsius: f64,
}

fn main() {
    let warm = Temperature { celsius: 21.5 };
    let cold = -warm;
    println!("{}", cold.celsius);
}
