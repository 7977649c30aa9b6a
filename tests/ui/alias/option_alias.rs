type Maybe<T> = Option<T>;

fn first_even(v: &[i32]) -> Maybe<i32> {
    for &x in v {
        if x % 2 == 0 {
            return Some(x);
        }
    }
    None
}

fn main() {
    let a: Maybe<i32> = first_even(&[1, 3, 4]);
    let b = first_even(&[1]);
    println!("{:?} {:?}", a, b);
}
