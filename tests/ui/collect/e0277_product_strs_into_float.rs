fn main() {
    let factors = ["1.5", "2"];
    let scale: f64 = factors.iter().product();
    println!("{}", scale);
}
