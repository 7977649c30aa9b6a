fn sum(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [h, t @ ..] => h + sum(t),
    }
}

fn max_of(xs: &[u32]) -> Option<u32> {
    match xs {
        [] => None,
        [only] => Some(*only),
        [first, rest @ ..] => {
            let m = max_of(rest).unwrap();
            Some(if *first > m { *first } else { m })
        }
    }
}

fn main() {
    let v = vec![3, 4, 5];
    println!("sum = {}", sum(&v));
    println!("sum of none = {}", sum(&[]));
    println!("{:?}", max_of(&[7, 2, 9, 4]));
    println!("{:?}", max_of(&[]));
}
