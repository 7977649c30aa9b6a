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

fn main() {
    let b = Badge { id: 4 };
    println!("{}", b);
}
