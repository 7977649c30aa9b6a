// An FnOnce closure moving a captured struct out, passed to a generic function.
#[derive(Debug)]
struct Parcel {
    weight: u32,
}

fn deliver<F: FnOnce() -> Parcel>(f: F) -> Parcel {
    f()
}

fn main() {
    let p = Parcel { weight: 3 };
    let got = deliver(move || p);
    println!("{:?} weighs {}", got, got.weight);
}
