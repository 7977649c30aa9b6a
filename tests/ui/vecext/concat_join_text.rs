fn main() {
    let parts = vec!["to", "get", "her"];
    let names = vec![String::from("ann"), String::from("bo")];
    let shown: &[String] = &names;
    println!("{}", parts.concat());
    println!("{}", parts.join("-"));
    println!("{}", names.join(", "));
    println!("{} {}", shown.join("/"), shown.concat());
}
