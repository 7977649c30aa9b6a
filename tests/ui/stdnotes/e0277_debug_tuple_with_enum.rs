// A tuple is `Debug` only when all its fields are.
enum Unit {
    Metres,
}

fn main() {
    let length = (12, Unit::Metres);
    match length.1 {
        Unit::Metres => println!("{} m", length.0),
    }
    println!("{:?}", length);
}
