// Pretty Debug output of nested structs.
#[derive(Debug)]
struct Address {
    city: &'static str,
    zip: u32,
}

#[derive(Debug)]
struct Person {
    name: &'static str,
    age: u8,
    home: Address,
}

fn main() {
    let p = Person { name: "Ada", age: 36, home: Address { city: "London", zip: 1815 } };
    println!("{:#?}", p);
    println!("{:?}", p.home);
    println!("{} {} {} {}", p.name, p.age, p.home.city, p.home.zip);
}
