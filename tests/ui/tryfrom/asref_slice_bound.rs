fn total<T: AsRef<[i32]>>(xs: T) -> i32 {
    xs.as_ref().iter().sum()
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", total(&v));
    println!("{}", total(v));
    println!("{}", total(&[6, 7, 8][..]));
}
