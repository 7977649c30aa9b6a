// A type error inside a trait impl's method body.
trait Half {
    fn half(&self) -> u32;
}

struct N(u32);

impl Half for N {
    fn half(&self) -> u32 {
        self.0 / 2 == 1
    }
}

fn main() {
    println!("{}", N(4).half());
}
