// The elided result of a trait method borrows `self`.
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
    let h;
    {
        let a = Article { title: &title };
        h = a.headline();
    }
    println!("{h}");
}
