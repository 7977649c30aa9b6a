fn double_all(xs: &mut [i32]) {
    let mut i = 0;
    while i < xs.len() {
        xs[i] *= 2;
        i += 1;
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    double_all(&mut v);
    double_all(&mut v[1..]);
    println!("{:?}", v);
    if let Some(x) = v.get_mut(0) {
        *x = 0;
    }
    println!("{:?}", v);
}
