fn evens(v: &[i32]) -> impl Iterator<Item = &i32> + '_ {
    let w = vec![2, 4];
    let _ = v;
    w.iter()
}

fn main() {
    for x in evens(&[1]) {
        println!("{}", x);
    }
}
