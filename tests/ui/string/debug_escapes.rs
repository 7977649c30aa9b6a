fn main() {
    let s = String::from("tab\there \"quoted\"\n");
    println!("{:?}", s);
    println!("{:?}", vec![String::from("a"), String::from("b")]);
    println!("[{:>6}] [{:<6}]", String::from("ab"), String::from("cd"));
}
