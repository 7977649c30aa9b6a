fn main() {
    let owned = vec![String::from("red"), String::from("green")];
    let borrowed = ["a", "b", "c"];
    println!("{}", owned.join(", "));
    println!("{}", borrowed.join("/"));
    println!("{}", borrowed.concat());
}
