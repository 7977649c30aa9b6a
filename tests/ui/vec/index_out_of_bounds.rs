fn nth(v: &Vec<i32>, i: usize) -> i32 {
    v[i]
}

fn main() {
    let v = vec![4, 5, 6];
    println!("{}", nth(&v, 1));
    println!("{}", nth(&v, 5));
}
