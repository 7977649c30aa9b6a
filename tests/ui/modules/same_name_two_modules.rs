mod english {
    pub fn greet() -> &'static str {
        "hello"
    }
}

mod french {
    pub fn greet() -> &'static str {
        "bonjour"
    }
}

fn greet() -> &'static str {
    "hi"
}

fn main() {
    println!("{} {} {}", english::greet(), french::greet(), greet());
}
