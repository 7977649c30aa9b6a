// Every element of an array literal has the type of the first.
fn main() {
    let a = [1, 2, "three"];
    println!("{:?}", a);
}
