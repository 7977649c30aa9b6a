fn main() {
    let s = "hello";
    let p = s.chars().rposition(|c| c == 'l');
    println!("{:?}", p);
}
