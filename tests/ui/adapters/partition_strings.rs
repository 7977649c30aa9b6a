// `partition` of owned `String`s, with the collection types inferred from `_`.
fn main() {
    let names = vec![String::from("Ada"), String::from("bob"), String::from("Cy")];
    let (upper, lower): (Vec<_>, Vec<_>) =
        names.into_iter().partition(|s| s.chars().next().unwrap().is_uppercase());
    println!("{:?}", upper);
    println!("{:?}", lower);
}
