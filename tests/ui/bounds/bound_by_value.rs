// A bounded parameter taken by value, and a primitive implementing the trait.
trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> i32 {
        *self * 2
    }
}

fn twice<T: Double>(x: T) -> T {
    x.double().double()
}

fn main() {
    println!("{}", twice(5));
    println!("{}", twice(-3i32));
}
