type Named<T> = (String, T);

fn label<U: std::fmt::Debug>(name: &str, v: U) -> Named<U> {
    (name.to_string(), v)
}

fn show<V: std::fmt::Debug>(n: &Named<V>) {
    println!("{} = {:?}", n.0, n.1);
}

fn main() {
    let a = label("x", 3);
    let b: Named<u8> = label("flags", 7);
    show(&a);
    show(&b);
}
