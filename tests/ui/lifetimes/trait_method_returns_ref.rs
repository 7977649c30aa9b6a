// A trait method with an elided result, implemented for a struct with a lifetime.
trait Headline {
    fn headline(&self) -> &str;
}

struct Article<'a> {
    title: &'a str,
}

impl<'a> Headline for Article<'a> {
    fn headline(&self) -> &str {
        self.title
    }
}

fn main() {
    let title = String::from("Lifetimes explained");
    let a = Article { title: &title };
    let h = a.headline();
    println!("{h}");
}
