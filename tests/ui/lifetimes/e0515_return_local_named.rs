// A named lifetime does not let a function return a reference to its local.
fn get<'a>(x: &'a String) -> &'a String {
    println!("{x}");
    let local = String::from("y");
    &local
}

fn main() {
    let s = String::from("x");
    println!("{}", get(&s));
}
