// A function choosing the concrete type behind a `Box<dyn Trait>` at run time.
trait Greeter {
    fn greet(&self, who: &str) -> String;
}

struct English;
struct French {
    polite: bool,
}

impl Greeter for English {
    fn greet(&self, who: &str) -> String {
        format!("Hello, {}!", who)
    }
}

impl Greeter for French {
    fn greet(&self, who: &str) -> String {
        if self.polite {
            format!("Bonjour, {} !", who)
        } else {
            format!("Salut {}", who)
        }
    }
}

fn greeter(lang: &str) -> Box<dyn Greeter> {
    match lang {
        "fr" => Box::new(French { polite: true }),
        "fr-casual" => Box::new(French { polite: false }),
        _ => Box::new(English),
    }
}

fn main() {
    for lang in ["en", "fr", "fr-casual"] {
        let g = greeter(lang);
        println!("{}", g.greet("Ada"));
    }
}
