// Temporaries borrowed inside one statement, extended by `let`, or promoted.
struct Inner {
    v: i32,
}
struct Outer {
    inner: Inner,
    n: i32,
}
impl Outer {
    fn make(n: i32) -> Outer {
        Outer { inner: Inner { v: n * 2 }, n }
    }
    fn get(&self) -> i32 {
        self.n
    }
    fn inner_ref(&self) -> &Inner {
        &self.inner
    }
}
fn v_of(i: &Inner) -> &i32 {
    &i.v
}
fn main() {
    let k = 4;
    let a = &Outer::make(k).inner;
    let b = Outer::make(k).get();
    let c = Outer::make(k).inner_ref().v;
    let d = [&Outer::make(k), &Outer::make(1)];
    let e = if k > 2 { &Outer::make(k) } else { &Outer::make(0) };
    let f = *v_of(&Outer::make(k).inner);
    let g = match *v_of(&Inner { v: k }) {
        8 => 1,
        _ => 2,
    };
    println!("{} {} {} {} {} {} {}", a.v, b, c, d[1].n, e.n, f, g);
    if *v_of(&Inner { v: k }) > 3 {
        println!("big");
    }
    let h;
    h = &5;
    let arr = &[1, 2, 3];
    println!("{} {}", h, arr[2]);
}
