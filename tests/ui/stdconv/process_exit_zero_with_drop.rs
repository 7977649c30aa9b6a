struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _a = Loud("a");
    {
        let _b = Loud("b");
    }
    print!("no newline");
    std::process::exit(0);
}
