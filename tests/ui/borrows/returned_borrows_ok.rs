// Returning a promoted constant, a reborrow through a parameter, or a field of a copy
// of a reference parameter: all outlive the call.
struct P {
    x: i32,
}

impl P {
    fn xm(&mut self) -> &mut i32 {
        &mut self.x
    }

    fn name(&self) -> &str {
        "p"
    }
}

fn zero() -> &'static i32 {
    &0
}

fn via(p: &mut P) -> &mut i32 {
    p.xm()
}

fn pick(p: &P) -> &i32 {
    let q = p;
    &q.x
}

fn main() {
    let mut p = P { x: 1 };
    *via(&mut p) += *zero() + 4;
    let n = p.name();
    let w = match &p {
        P { x } => x,
    };
    println!("{} {n} {w} {}", p.x, pick(&p));
}
