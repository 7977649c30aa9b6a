fn big(v: &[i32], t: i32) -> impl Iterator<Item = &i32> + '_ {
    v.iter().filter(|x| **x > t)
}

fn main() {
    let v = vec![1, 7, 3, 9];
    let found: Vec<&i32> = big(&v, 4).collect();
    println!("{:?}", found);
}
