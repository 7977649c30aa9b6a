fn min(values: &[i32]) -> i32 {
    let mut best = values[0];
    for v in values {
        if *v < best {
            best = *v;
        }
    }
    best
}

fn max(a: i32, b: i32) -> i32 {
    if a > b { a } else { b }
}

fn swap(pair: (i32, i32)) -> (i32, i32) {
    (pair.1, pair.0)
}

fn main() {
    let mut x = 1;
    let mut y = 2;
    std::mem::swap(&mut x, &mut y);
    println!("{} {}", x, y);
    println!("{} {}", min(&[4, 2, 9]), 4.min(2));
    println!("{} {}", max(3, 8), std::cmp::max(3, 8));
    println!("{:?}", swap((5, 6)));
}
