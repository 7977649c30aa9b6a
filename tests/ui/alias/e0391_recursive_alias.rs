//@ mode: check
type A = Vec<B>;
type B = Option<A>;

fn main() {
    let a: A = Vec::new();
    println!("{}", a.len());
}
