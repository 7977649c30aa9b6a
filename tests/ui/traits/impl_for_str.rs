// A trait implemented for `&str` and for `str`.
trait Shout {
    fn shout(&self) -> bool;
}

impl Shout for &str {
    fn shout(&self) -> bool {
        println!("{}!", self);
        true
    }
}

trait Whisper {
    fn whisper(&self);
}

impl Whisper for str {
    fn whisper(&self) {
        println!("({})", self);
    }
}

fn main() {
    let s = "hello";
    let loud = s.shout();
    println!("{loud}");
    s.whisper();
    "quiet".whisper();
}
