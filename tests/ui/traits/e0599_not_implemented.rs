// A trait method called on a type that does not implement the trait.
trait Fly {
    fn fly(&self) -> u32;
}

struct Bird;
struct Rock;

impl Fly for Bird {
    fn fly(&self) -> u32 {
        10
    }
}

fn main() {
    println!("{}", Bird.fly());
    let r = Rock;
    println!("{}", r.fly());
}
