//@ mode: check
struct Robot {
    id: u32,
}

impl Robot {
    fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let r = Robot::build(7);
    println!("{}", r.id());
}
