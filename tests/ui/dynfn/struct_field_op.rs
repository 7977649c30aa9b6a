// A struct field holding a boxed closure is called as `(self.op)(..)`.
struct Rule {
    name: String,
    op: Box<dyn Fn(i32, i32) -> i32>,
}

impl Rule {
    fn apply(&self, a: i32, b: i32) -> i32 {
        (self.op)(a, b)
    }
}

fn main() {
    let rules = vec![
        Rule { name: String::from("sum"), op: Box::new(|a, b| a + b) },
        Rule { name: String::from("max"), op: Box::new(|a, b| if a > b { a } else { b }) },
    ];
    for r in &rules {
        println!("{}: {}", r.name, r.apply(4, 9));
    }
}
