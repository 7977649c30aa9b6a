fn main() {
    let code = b"xyz";
    let at = code.len();
    println!("{}", code[at]);
}
