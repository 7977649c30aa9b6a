trait Labelled {
    fn label(&self) -> &str;
    fn shout(&self) -> String {
        self.label().to_uppercase()
    }
    fn first_word(&self) -> &str {
        self.label().split(' ').next().unwrap_or("")
    }
}

struct Tag {
    text: String,
}

impl Labelled for Tag {
    fn label(&self) -> &str {
        &self.text
    }
}

fn word_of<'a>(t: &'a Tag, _extra: &str) -> &'a str {
    t.first_word()
}

fn main() {
    let t = Tag { text: String::from("big red box") };
    let w = {
        let extra = String::from("x");
        word_of(&t, &extra)
    };
    println!("{} / {}", w, t.shout());
}
