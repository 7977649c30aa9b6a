// Shadowing does not drop the earlier value: it lives to the end of the scope.
struct Tag(&'static str);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(name: &'static str) -> Tag {
    let t = Tag(name);
    println!("made {}", t.0);
    t
}

fn main() {
    let x = make("first");
    println!("x is {}", x.0);
    let x = make("second");
    println!("x is {}", x.0);
}
