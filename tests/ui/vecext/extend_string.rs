fn main() {
    let mut s = String::from("ab");
    s.extend("cd".chars().rev());
    s.extend(vec!["-", "x"]);
    s.extend(vec![String::from("yz")]);
    s.extend(['!', '?']);
    s.extend(&['.']);
    println!("{}", s);
}
