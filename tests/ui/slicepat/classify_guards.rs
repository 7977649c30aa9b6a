fn classify(xs: &[i32]) -> &'static str {
    match xs {
        [] => "empty",
        [x] if *x < 0 => "one negative",
        [_] => "one",
        [first, .., last] if first == last => "same ends",
        [_, rest @ ..] => if rest.len() > 2 { "long" } else { "short" },
    }
}

fn main() {
    let v = vec![1, 2, 3, 1];
    println!("{}", classify(&v));
    println!("{}", classify(&[]));
    println!("{}", classify(&[-4]));
    println!("{}", classify(&[5]));
    println!("{}", classify(&[1, 2, 3, 4, 5]));
    println!("{}", classify(&[1, 2]));
}
