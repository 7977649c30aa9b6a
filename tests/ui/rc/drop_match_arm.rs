// A value bound by a match arm is dropped at the end of that arm.
struct Msg(String);

impl Drop for Msg {
    fn drop(&mut self) {
        println!("drop msg {}", self.0);
    }
}

fn next(n: i32) -> Option<Msg> {
    if n > 0 { Some(Msg(format!("#{}", n))) } else { None }
}

fn main() {
    for n in [2, 0, 1] {
        match next(n) {
            Some(m) => println!("got {}", m.0),
            None => println!("nothing"),
        }
        println!("after match {}", n);
    }
    while let Some(m) = next(3) {
        println!("loop got {}", m.0);
        break;
    }
    println!("done");
}
