// Casts between references that are coercions compile and run.
fn count(s: &str) -> usize {
    s.chars().count()
}

fn first(xs: &[u8]) -> u8 {
    xs[0]
}

fn main() {
    let mut n = 5i32;
    let shared = &mut n as &i32;
    println!("{}", shared);
    let word = String::from("héllo");
    println!("{}", count(&word as &str));
    let bytes = vec![7u8, 8, 9];
    println!("{}", first(&bytes as &[u8]));
    let arr = [4, 5, 6];
    let sl = &arr as &[i32];
    println!("{}", sl.len());
}
