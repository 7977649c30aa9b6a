//@ mode: check
fn main() {
    let path = "C:\Users\ferris";
    println!("{}", path);
}
