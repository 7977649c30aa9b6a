// A generic function returning an opaque type over its parameter.
fn pairs<T>(v: Vec<T>) -> impl Iterator<Item = (usize, T)> {
    v.into_iter().enumerate()
}

fn main() {
    for (i, c) in pairs(vec!['a', 'b']) {
        println!("{} {}", i, c);
    }
    for (i, n) in pairs(vec![10, 20, 30]) {
        println!("{} {}", i, n);
    }
}
