// A temporary is dropped at the end of its statement; `let _ =` drops at once.
struct Token(u32);

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.0);
    }
}

fn make(n: u32) -> Token {
    println!("make {}", n);
    Token(n)
}

fn main() {
    make(1);
    let _ = make(2);
    let _kept = make(3);
    let n = make(4).0 + 1;
    println!("n = {}", n);
    println!("end");
}
