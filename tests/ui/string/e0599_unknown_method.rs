fn main() {
    let s = String::from("abc");
    let n = s.size();
}
