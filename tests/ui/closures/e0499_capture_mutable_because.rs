//@ mode: check
// Reading `p` and writing `p.a` merge into one mutable capture of `p`.
struct P {
    a: i32,
    b: i32,
}

fn main() {
    let mut p = P { a: 1, b: 2 };
    let mut f = || {
        println!("{}", p.b);
        p.a += 1;
        let whole = &p;
        whole.a
    };
    let s = &mut p;
    s.b = 3;
    f();
}
