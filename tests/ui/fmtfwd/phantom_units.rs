use std::marker::PhantomData;
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters;
#[derive(Debug, Clone, Copy)]
struct Feet;

#[derive(Debug, Clone, Copy)]
struct Length<U> {
    value: f64,
    unit: PhantomData<U>,
}

impl<U> Length<U> {
    fn new(value: f64) -> Length<U> {
        Length { value, unit: PhantomData }
    }
}

impl<U> Add for Length<U> {
    type Output = Length<U>;
    fn add(self, other: Length<U>) -> Length<U> {
        Length::new(self.value + other.value)
    }
}

impl Length<Feet> {
    fn to_meters(self) -> Length<Meters> {
        Length::new(self.value * 0.3048)
    }
}

fn main() {
    let a: Length<Meters> = Length::new(2.0);
    let b: Length<Feet> = Length::new(10.0);
    let total = a + b.to_meters();
    println!("{:.3} m", total.value);
    println!("{:?}", total);
    let c = b;
    println!("{} {}", b.value, c.value);
}
