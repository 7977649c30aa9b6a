fn main() {
    let parts = vec!["ab", "cd", "e"];
    println!("{}", parts.concat());
    println!("{}", parts.join(", "));
    let owned = vec![String::from("x"), String::from("y")];
    println!("{}", owned.join("-"));
    println!("{}", owned.concat());
}
