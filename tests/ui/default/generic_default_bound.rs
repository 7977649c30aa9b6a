fn make<T: Default>() -> T {
    T::default()
}

fn pair<A: Default, B: Default>() -> (A, B) {
    (A::default(), B::default())
}

fn main() {
    let n: u64 = make();
    let s: String = make();
    let v: Vec<char> = make();
    println!("{} {:?} {:?}", n, s, v);
    let p: (i8, bool) = pair();
    println!("{:?}", p);
}
