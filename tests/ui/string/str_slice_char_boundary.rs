fn main() {
    let s = "héllo";
    println!("{}", &s[0..2]);
}
