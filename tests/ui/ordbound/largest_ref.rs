// `largest` returning a reference: no `Copy` needed.
fn largest<T: PartialOrd>(xs: &[T]) -> &T {
    let mut big = &xs[0];
    for x in xs {
        if x > big {
            big = x;
        }
    }
    big
}

fn main() {
    let words = vec![String::from("kiwi"), String::from("mango"), String::from("fig")];
    println!("{}", largest(&words));
    println!("{}", largest(&[3u8, 9, 4]));
}
