use std::marker::PhantomData;

struct Celsius;
struct Kelvin;

struct Temp<U> {
    deg: f64,
    unit: PhantomData<U>,
}

fn warm(t: Temp<Celsius>) -> f64 {
    t.deg + 1.0
}

fn main() {
    let k: Temp<Kelvin> = Temp { deg: 300.0, unit: PhantomData };
    println!("{}", warm(k));
}
