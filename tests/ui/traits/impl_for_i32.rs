// A learner's trait implemented for primitive types.
trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> Self {
        self * 2
    }
}

impl Double for bool {
    fn double(&self) -> Self {
        !*self
    }
}

fn main() {
    let x: i32 = 21;
    println!("{}", x.double());
    println!("{}", true.double());
    println!("{}", x.double().double());
}
