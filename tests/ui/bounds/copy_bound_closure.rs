// Closures in a function with `T: Copy` copy its values too (by reference and by move).
fn apply<T: Copy + std::fmt::Debug>(t: T) -> Vec<(T, T)> {
    let f = |n: usize| { let a = t; let b = t; (a, b, n) };
    let g = move || (t, t);
    vec![(f(1).0, f(2).1), g()]
}
fn main() { println!("{:?}", apply('z')); }
