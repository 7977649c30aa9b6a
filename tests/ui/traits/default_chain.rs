// Default methods calling other default methods, all through `self`.
trait Score {
    fn base(&self) -> i32;
    fn doubled(&self) -> i32 {
        self.base() * 2
    }
    fn report(&self) -> i32 {
        let d = self.doubled();
        println!("base {} doubled {}", self.base(), d);
        d + 1
    }
}

struct Game {
    points: i32,
}

impl Score for Game {
    fn base(&self) -> i32 {
        self.points
    }
}

fn main() {
    let g = Game { points: 21 };
    let r = g.report();
    println!("report returned {r}");
}
