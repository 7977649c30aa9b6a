// A method returning `&'static str` keeps nothing borrowed.
struct Light {
    on: bool,
}

impl Light {
    fn label(&self) -> &'static str {
        if self.on { "on" } else { "off" }
    }
}

fn main() {
    let text;
    {
        let l = Light { on: true };
        text = l.label();
    }
    println!("{text}");
}
