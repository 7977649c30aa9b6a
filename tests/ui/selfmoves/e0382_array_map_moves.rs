fn main() {
    let names = [String::from("ann"), String::from("bob")];
    let upper = names.map(|n| n.to_uppercase());
    println!("{:?} {:?}", upper, names);
}
