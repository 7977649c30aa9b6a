//@ mode: check
type Celsius = f64;
type Count = i32;

fn warm(t: Celsius) -> bool {
    t > 20.0
}

fn main() {
    let n: Count = 3;
    println!("{}", warm(n));
}
