fn first<T>(xs: &[T]) -> Option<&T> {
    match xs {
        [x, ..] => Some(x),
        [] => None,
    }
}
fn last_two<T: Copy>(xs: &[T]) -> Option<(T, T)> {
    if let [.., a, b] = xs { Some((*a, *b)) } else { None }
}
fn middle(xs: &[i32]) -> &[i32] {
    match xs {
        [_, mid @ .., _] => mid,
        _ => &xs[..0],
    }
}
fn main() {
    let v = vec![String::from("p"), String::from("q")];
    println!("{:?}", first(&v));
    println!("{:?}", last_two(&[1.5, 2.5, 3.5]));
    println!("{:?}", middle(&[1, 2, 3, 4]));
    println!("{:?}", middle(&[1]));
    let e: Vec<u8> = Vec::new();
    println!("{:?}", first(&e));
}
