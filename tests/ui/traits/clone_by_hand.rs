// `impl Clone` by hand: `.clone()` runs the learner's method.
#[derive(Debug)]
struct Ticket {
    id: u32,
}

impl Clone for Ticket {
    fn clone(&self) -> Self {
        println!("cloning ticket {}", self.id);
        Ticket { id: self.id + 100 }
    }
}

fn main() {
    let a = Ticket { id: 7 };
    let b = a.clone();
    let r = &b;
    let c = r.clone();
    println!("{:?} {:?} {:?}", a, b, c);
}
