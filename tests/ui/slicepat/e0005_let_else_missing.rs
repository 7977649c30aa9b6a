fn main() {
    let v = vec!["a", "b"];
    let [first, .., last] = v.as_slice();
    println!("{first} {last}");
}
