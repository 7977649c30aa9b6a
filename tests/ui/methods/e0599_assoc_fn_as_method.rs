//@ mode: check
struct Robot {
    id: u32,
}

impl Robot {
    fn make(id: u32) -> Robot {
        Robot { id }
    }
}

fn main() {
    let r = Robot { id: 1 };
    let s = r.make(2);
    println!("{}", s.id);
}
