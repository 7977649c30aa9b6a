fn describe(xs: &[i32]) {
    println!("len {} empty {} first {:?} last {:?}", xs.len(), xs.is_empty(), xs.first(), xs.last());
    if xs.len() > 1 {
        println!("second {}", xs[1]);
    }
}

fn main() {
    let v = vec![3, 1, 4];
    describe(&v);
    describe(&v[..0]);
    let arr = [9, 8];
    describe(&arr);
    println!("{}", arr.contains(&8));
}
