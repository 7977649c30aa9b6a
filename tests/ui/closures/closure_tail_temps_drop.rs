struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(s: &'static str) -> Loud {
    Loud(s)
}

fn main() {
    let f = || make("a").0.len();
    println!("{}", f());
    let g = || make("b");
    let kept = g();
    println!("kept {}", kept.0);
    let h = |x: Loud| x.0.len() + make("c").0.len();
    println!("{}", h(make("d")));
    let k = || Some(make("e")).map(|l| l.0.len());
    println!("{:?}", k());
}
