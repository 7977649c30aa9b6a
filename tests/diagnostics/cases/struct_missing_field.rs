struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("a") };
    println!("{}", u.name);
}
