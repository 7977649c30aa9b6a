macro_rules! value {
    () => {
        "first"
    };
}

fn early() -> &'static str {
    value!()
}

macro_rules! value {
    () => {
        "second"
    };
}

fn main() {
    println!("{} {}", early(), value!());
}
