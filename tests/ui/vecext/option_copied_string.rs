fn main() {
    let v = vec![String::from("a")];
    let c = v.first().copied();
    println!("{:?}", c);
}
