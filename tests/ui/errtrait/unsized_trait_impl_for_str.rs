trait Named {
    fn name(&self) -> String;
}

impl Named for str {
    fn name(&self) -> String {
        format!("str:{}", self)
    }
}

fn greet<T: Named + ?Sized>(x: &T) {
    println!("hi {}", x.name());
}

fn main() {
    greet("bob");
}
