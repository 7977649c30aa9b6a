// A hand-written `eq` on an enum: two variants count as equal.
#[derive(Debug)]
enum Signal {
    Red,
    Amber,
    Green,
}

impl PartialEq for Signal {
    fn eq(&self, other: &Signal) -> bool {
        let stop = |s: &Signal| match s {
            Signal::Red | Signal::Amber => true,
            Signal::Green => false,
        };
        stop(self) == stop(other)
    }
}

fn all_same<T: PartialEq>(xs: &[T]) -> bool {
    let mut i = 1;
    while i < xs.len() {
        if xs[i] != xs[0] {
            return false;
        }
        i += 1;
    }
    true
}

fn main() {
    println!("{}", Signal::Red == Signal::Amber);
    println!("{}", all_same(&[Signal::Red, Signal::Amber, Signal::Red]));
    println!("{}", all_same(&[Signal::Red, Signal::Green]));
    println!("{:?}", Signal::Green);
}
