// A generic function passes its unbounded parameter to a bounded one.
trait Speak {
    fn speak(&self) -> &str;
}

fn say<T: Speak>(x: &T) {
    println!("{}", x.speak());
}

fn relay<U>(x: &U) {
    say(x);
}

struct Parrot;

impl Speak for Parrot {
    fn speak(&self) -> &str {
        "squawk"
    }
}

fn main() {
    relay(&Parrot);
}
