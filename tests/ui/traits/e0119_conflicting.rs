// Two impls of the same trait for the same type.
trait Id {
    fn id(&self) -> u32;
}

struct User;

impl Id for User {
    fn id(&self) -> u32 {
        1
    }
}

impl Id for User {
    fn id(&self) -> u32 {
        2
    }
}

fn main() {
    println!("{}", User.id());
}
