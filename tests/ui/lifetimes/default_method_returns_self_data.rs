trait Shelf {
    fn items(&self) -> &[String];
    fn longest(&self) -> Option<&String> {
        self.items().iter().max_by_key(|s| s.len())
    }
}

struct Books {
    titles: Vec<String>,
}

impl Shelf for Books {
    fn items(&self) -> &[String] {
        &self.titles
    }
}

fn longest_title() -> Option<&'static String> {
    let b = Books { titles: vec!["Dune".to_string(), "Emma".to_string()] };
    b.longest()
}

fn main() {
    println!("{:?}", longest_title());
}
