fn main() {
    let mut names = vec![String::from("ada")];
    let more = vec![String::from("bob"), String::from("cy")];
    names.extend(more);
    names.extend([String::from("dee")]);
    names.extend(Some(String::from("eve")));
    names.extend(None::<String>);
    println!("{:?}", names);
}
