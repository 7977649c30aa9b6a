// Scaling a struct by a float: the missing impl is `Mul<{float}>`.
struct Velocity {
    dx: f64,
    dy: f64,
}

fn main() {
    let v = Velocity { dx: 1.5, dy: -0.5 };
    let faster = v * 2.0;
    println!("({}, {})", faster.dx, faster.dy);
}
