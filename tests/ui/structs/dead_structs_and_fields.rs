//@ mode: check
// dead_code for structs and their fields.
struct Unused {
    a: i32,
}

#[derive(Debug)]
struct Pair(i32, i32);

struct Person {
    name: &'static str,
    age: u8,
    height: f64,
}

fn main() {
    let p = Person { name: "Ann", age: 30, height: 1.7 };
    println!("{}", p.age);
    let pair = Pair(1, 2);
    println!("{:?}", pair);
}
