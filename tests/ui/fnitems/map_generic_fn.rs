fn pair<T: Clone>(x: T) -> (T, T) {
    (x.clone(), x)
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn call(f: impl Fn(&str) -> String) -> String {
    f("hey")
}

fn main() {
    let p: Vec<(u8, u8)> = vec![1u8, 2].into_iter().map(pair).collect();
    println!("{:?}", p);
    println!("{}", call(shout));
    let boxed: Box<dyn Fn(&str) -> String> = Box::new(shout);
    println!("{}", boxed("x"));
    println!("{:?}", Some(-4).map(i32::abs));
}
