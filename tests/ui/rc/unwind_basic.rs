struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner(n: u32) -> u32 {
    let _a = Noisy("inner");
    if n > 2 {
        panic!("too big: {}", n);
    }
    n
}

fn main() {
    let _x = Noisy("x");
    let moved = Noisy("moved");
    drop(moved);
    let _y = Noisy("y");
    let v = vec![Noisy("v0"), Noisy("v1")];
    println!("{}", v.len());
    inner(1);
    inner(5);
    println!("unreachable");
}
