// Arithmetic, negation and `!` apply to references to numbers and bools; methods
// called through the type with an explicit `&self` argument.
struct P {
    x: i32,
}

impl P {
    fn get(&self) -> i32 {
        self.x
    }
}

fn main() {
    let p = P { x: 4 };
    let r = &p.x;
    println!("{} {} {}", P::get(&p), -r, r * 3 + 1);
    let b = &true;
    println!("{}", !b);
    let q = &p;
    let rr = &q;
    println!("{}", rr.get() + rr.x);
    let mut total = 10;
    total += r;
    println!("{total}");
}
