fn sum(xs: &[i32]) -> i32 {
    let mut total = 0;
    for x in xs {
        total += *x;
    }
    total
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let a = [10, 20];
    println!("{}", sum(&v));
    println!("{}", sum(&v[1..3]));
    println!("{}", sum(&a));
    println!("{}", sum(&v[..]));
    println!("{}", sum(&v[2..]));
    println!("{}", sum(&v[..=1]));
}
