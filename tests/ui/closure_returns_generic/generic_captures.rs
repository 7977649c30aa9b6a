// Generic functions returning closures: captured generic values, two instantiations
// of one function, turbofish arguments, an `FnMut` counter over any `AddAssign` type.
fn constant<T: Clone>(v: T) -> impl Fn() -> T {
    move || v.clone()
}

fn twice<T>(f: impl Fn(T) -> T) -> impl Fn(T) -> T {
    move |x| f(f(x))
}

fn pair_with<A: Copy, B>(a: A) -> impl Fn(B) -> (A, B) {
    move |b| (a, b)
}

fn counter_from<T: std::ops::AddAssign + Copy>(start: T, step: T) -> impl FnMut() -> T {
    let mut n = start;
    move || {
        n += step;
        n
    }
}

fn main() {
    let greet = constant(String::from("hi"));
    println!("{} {}", greet(), greet().len());
    let shout = twice(|s: String| s + "!");
    let inc2 = twice(|x: i32| x + 1);
    println!("{} {}", shout(String::from("hey")), inc2(40));
    let tag = pair_with::<char, &str>('k');
    println!("{:?}", tag("v"));
    let mut c = counter_from(1.5, 0.25);
    c();
    println!("{}", c());
}
