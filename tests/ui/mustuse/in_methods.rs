//@ mode: check
// Dropped results inside methods, trait impls and modules warn like those in `main`.
struct Person {
    name: String,
}

impl Person {
    fn shout(&self) -> String {
        self.name.to_uppercase();
        self.name.clone()
    }
}

impl std::fmt::Display for Person {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.name.trim();
        write!(f, "{}", self.name)
    }
}

mod util {
    pub fn tidy(s: &str) -> String {
        s.trim();
        s.chars();
        s.to_string()
    }
}

fn main() {
    let p = Person { name: String::from(" ada ") };
    println!("{} {} {}", p.shout(), p, util::tidy(" x "));
    let check = |s: &str| {
        s.is_empty();
    };
    check("a");
}
