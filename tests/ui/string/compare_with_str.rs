fn main() {
    let s = String::from("yes");
    let t = String::from("yes");
    println!("{}", s == "yes");
    println!("{}", "no" == s);
    println!("{}", s == t);
    println!("{}", s != "no");
}
