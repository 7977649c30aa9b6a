fn main() {
    let s = "hello";
    let (a, b) = (4, 2);
    println!("{}", &s[a..b]);
}
