//@ mode: check
// Misspelled tuple struct and tuple variant names in patterns.
struct Pnt(i32, i32);
struct Meters(f64);

fn main() {
    let opt = Some(3);
    match opt {
        Some2(x) => println!("{}", x),
        None => {}
    }
    let Pt(a, b) = Pnt(1, 2);
    println!("{} {}", a, b);
    let Meter(m) = Meters(2.0);
    println!("{}", m);
    let r: Result<i32, String> = Ok(1);
    if let Okk(v) = r {
        println!("{}", v);
    }
}
