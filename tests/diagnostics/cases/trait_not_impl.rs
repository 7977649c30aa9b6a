struct S;

fn main() {
    let s = S;
    println!("{}", s);
}
