fn bump<T: AsMut<[i32]>>(mut xs: T) {
    for x in xs.as_mut().iter_mut() {
        *x += 1;
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    bump(&mut v);
    bump(&mut v);
    println!("{:?}", v);
}
