//@ mode: check
// Borrowing a field of a temporary: the whole temporary dies at the `;`.
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
}
fn v_of(i: &Inner) -> &i32 {
    &i.v
}
fn main() {
    let k = 4;
    let f = v_of(&Outer::make(k).inner);
    println!("{}", f);
}
