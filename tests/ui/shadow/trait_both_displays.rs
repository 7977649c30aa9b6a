use std::fmt;

trait Display {
    fn show(&self) -> String;
}

struct Temp(f64);

impl Display for Temp {
    fn show(&self) -> String {
        format!("{:.1} degrees", self.0)
    }
}

impl fmt::Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}C", self.0)
    }
}

fn describe(items: &[Box<dyn Display>]) -> Vec<String> {
    items.iter().map(|i| i.show()).collect()
}

fn main() {
    let t = Temp(21.5);
    println!("{} / {}", t, t.show());
    let all: Vec<Box<dyn Display>> = vec![Box::new(Temp(1.0)), Box::new(Temp(-3.25))];
    println!("{:?}", describe(&all));
    println!("{}", t.to_string());
}
