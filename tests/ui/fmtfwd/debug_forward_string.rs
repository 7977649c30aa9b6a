use std::fmt;

struct Label {
    name: String,
    hits: u32,
}

impl fmt::Debug for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        std::fmt::Debug::fmt(&self.name, f)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        std::fmt::Display::fmt(&self.hits, f)
    }
}

fn main() {
    let l = Label { name: String::from("tab\there"), hits: 42 };
    println!("{:?}", l);
    println!("[{:>10?}]", l);
    println!("[{:05}] [{:<4}] [{:#x}]", l, l, l.hits);
    let all = vec![l];
    println!("{:?}", all);
}
