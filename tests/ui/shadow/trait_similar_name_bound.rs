use std::fmt;
trait Display {
    fn show(&self) -> String;
}
struct Badge {
    id: u32,
}
impl Display for Badge {
    fn show(&self) -> String {
        format!("#{}", self.id)
    }
}
fn print_it<T: fmt::Display>(t: T) {
    println!("{}", t);
}
fn main() {
    let b = Badge { id: 4 };
    print_it(b);
}
