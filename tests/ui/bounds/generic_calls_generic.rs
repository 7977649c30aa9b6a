// A bounded function calls another one with its own parameter.
trait Level {
    fn level(&self) -> u8;
}

struct Low;
struct High;

impl Level for Low {
    fn level(&self) -> u8 {
        1
    }
}

impl Level for High {
    fn level(&self) -> u8 {
        9
    }
}

fn inner<T: Level>(x: &T) -> u8 {
    x.level() + 1
}

fn outer<T: Level>(x: &T) -> u8 {
    inner(x) * 2
}

fn main() {
    println!("{} {}", outer(&Low), outer(&High));
}
