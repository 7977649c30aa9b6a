// References to generic values and to generic structs.
struct Wrapper<T>(T);

fn peek<T>(w: &Wrapper<T>) -> &T {
    &w.0
}

fn put<T>(w: &mut Wrapper<T>, v: T) {
    w.0 = v;
}

fn set<T>(slot: &mut T, v: T) {
    *slot = v;
}

fn main() {
    let mut w = Wrapper(10);
    put(&mut w, 11);
    println!("{}", peek(&w));
    let mut n = 1.25;
    set(&mut n, 2.5);
    println!("{}", n);
}
