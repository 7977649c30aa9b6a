// `String`s and `bool`s for `PartialOrd` bounds.
fn min_of<T: PartialOrd + Clone>(a: &T, b: &T) -> T {
    if a <= b { a.clone() } else { b.clone() }
}

fn main() {
    println!("{}", min_of(&String::from("beta"), &String::from("alpha")));
    println!("{}", min_of(&true, &false));
}
