#[derive(Debug, Clone)]
struct User {
    name: String,
    email: String,
}

fn main() {
    let u = User { name: String::from("kim"), email: format!("{}@example.com", "kim") };
    let mut v = u.clone();
    v.name.push_str("2");
    println!("{:?}", u);
    println!("{} <{}>", v.name, v.email);
}
