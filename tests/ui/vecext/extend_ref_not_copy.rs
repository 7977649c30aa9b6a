fn main() {
    let mut words = vec![String::from("a")];
    let extra = vec![String::from("b")];
    words.extend(&extra);
    println!("{:?}", words);
}
