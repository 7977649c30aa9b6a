//@ mode: check
struct Letter {
    text: u32,
}

impl Letter {
    fn send(self) -> u32 {
        self.text
    }
}

fn main() {
    let l = Letter { text: 3 };
    let a = l.send();
    let b = l.send();
    println!("{a} {b}");
}
