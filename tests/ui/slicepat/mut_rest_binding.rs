fn double_tail(xs: &mut [i32]) {
    if let [first, rest @ ..] = xs {
        *first = 0;
        for x in rest.iter_mut() {
            *x *= 2;
        }
    }
}

fn main() {
    let mut v = vec![5, 1, 2, 3];
    double_tail(&mut v);
    println!("{:?}", v);
}
