// `T: PartialOrd + Clone`: the result is cloned out of the slice.
fn smallest<T: PartialOrd + Clone>(xs: &[T]) -> T {
    let mut best = &xs[0];
    for x in xs.iter() {
        if *x < *best {
            best = x;
        }
    }
    best.clone()
}

fn main() {
    let names = vec![String::from("Olga"), String::from("Ada"), String::from("Lin")];
    println!("{}", smallest(&names));
    println!("{}", smallest(&[7i64, -3, 12]));
}
