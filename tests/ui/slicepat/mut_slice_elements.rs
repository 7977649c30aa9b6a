fn bump_ends(xs: &mut [i32]) {
    match xs {
        [] => {}
        [only] => *only *= 10,
        [first, .., last] => {
            *first += 1;
            *last += 100;
        }
    }
}

fn swap_first_two(xs: &mut [String]) {
    if let [a, b, ..] = xs {
        std::mem::swap(a, b);
    }
}

fn main() {
    let mut v = vec![1, 2, 3, 4];
    bump_ends(&mut v);
    println!("{:?}", v);
    let mut one = [5];
    bump_ends(&mut one);
    println!("{:?}", one);
    let mut names = vec![String::from("x"), String::from("y"), String::from("z")];
    swap_first_two(&mut names);
    println!("{:?}", names);
}
