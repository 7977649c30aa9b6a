// Generic functions calling each other with their own parameters.
struct Wrapper<T>(T);

fn wrap<T>(x: T) -> Wrapper<T> {
    Wrapper(x)
}

fn wrap_twice<T>(x: T) -> Wrapper<Wrapper<T>> {
    wrap(wrap(x))
}

fn unwrap_twice<U>(w: Wrapper<Wrapper<U>>) -> U {
    let Wrapper(Wrapper(v)) = w;
    v
}

fn main() {
    let w = wrap_twice(-8i16);
    println!("{}", unwrap_twice(w) * 2);
}
