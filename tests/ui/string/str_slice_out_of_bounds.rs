fn main() {
    let s = String::from("hello");
    let n = 9;
    println!("{}", &s[2..n]);
}
