// A slice reference is not an iterator either.
fn evens(s: &[i32]) -> usize {
    s.filter(|x| **x % 2 == 0).count()
}

fn main() {
    println!("{}", evens(&[1, 2, 4]));
}
