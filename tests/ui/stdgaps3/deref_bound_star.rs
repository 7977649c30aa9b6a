// `&**x` through a `Deref` bound, for std's types and the learner's own.
use std::ops::Deref;

fn inner<T: std::ops::Deref>(x: &T) -> &T::Target {
    &**x
}

struct Meters(f64);

impl Deref for Meters {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}

fn main() {
    println!("{}", inner(&String::from("abc")));
    println!("{:?}", inner(&vec!['x', 'y']));
    println!("{}", inner(&Box::new(2.5)));
    println!("{}", inner(&Meters(3.0)) * 2.0);
}
