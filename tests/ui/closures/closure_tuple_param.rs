// A closure destructuring a tuple parameter and returning a tuple.
fn main() {
    let swap = |(a, b): (i32, char)| (b, a);
    let (c, n) = swap((7, 'x'));
    println!("{} {}", c, n);
}
