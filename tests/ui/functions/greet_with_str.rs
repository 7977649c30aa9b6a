// &str parameters and functions without a return value.
fn greet(name: &str, times: u8) {
    let mut count = 0;
    while count < times {
        println!("Hello, {}!", name);
        count += 1;
    }
}

fn announce(title: &str, name: &str, formal: bool) {
    if formal {
        println!("May I present {} {}.", title, name);
    } else {
        println!("This is {}.", name);
    }
}

fn main() {
    greet("Ferris", 2);
    greet("nobody", 0);
    announce("Dr.", "Crab", true);
    announce("Dr.", "Crab", false);
}
