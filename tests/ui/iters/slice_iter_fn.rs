// A function taking `&[i32]` iterates it.
fn largest(xs: &[i32]) -> i32 {
    let mut best = xs[0];
    for x in xs.iter() {
        if *x > best {
            best = *x;
        }
    }
    best
}

fn total(xs: &[i32]) -> i32 {
    xs.iter().fold(0, |acc, x| acc + x)
}

fn main() {
    let v = vec![7, 3, 9, 2];
    println!("{} {}", largest(&v), total(&v));
    println!("{}", largest(&v[1..3]));
    let arr = [1, 2, 3];
    println!("{}", total(&arr));
}
