fn hello() {
    println!("hello");
}

fn main() {
    let f: fn() = hello;
    f();
    f();
}
